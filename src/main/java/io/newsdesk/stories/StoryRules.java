package io.newsdesk.stories;

/**
 * When an article belongs to a story: the similarity to the story as a whole that the other signals
 * (who, when, shared wording) ask for.
 *
 * @param windowDays how many days apart an event day may be from the story's and still join without
 *     copying its text
 * @param minSimilarity the cosine with the story's centroid that a report of the same day, sharing
 *     a principal entity, needs
 * @param perDayApart the extra similarity needed for each day between the event days
 * @param mergeSimilarity the cosine two stories' centroids need to be one story
 */
record StoryRules(
    int windowDays, double minSimilarity, double perDayApart, double mergeSimilarity) {

  /** Extra similarity needed when no principal person, organisation or place is shared. */
  static final double WITHOUT_ENTITIES = 0.15;

  /** Extra similarity needed when a day is unknown and cannot be compared. */
  static final double UNDATED = 0.05;

  /** Less similarity is needed from an article built on a member's text. */
  static final double REWRITE_BONUS = 0.1;

  double needed(StoryMatch match) {
    double needed = minSimilarity;
    if (match.sharedEntities() == 0) {
      needed += WITHOUT_ENTITIES;
    }
    needed +=
        match.daysApart().isPresent()
            ? perDayApart * Math.min(match.daysApart().getAsLong(), windowDays)
            : UNDATED;
    if (match.rewritten()) {
      needed -= REWRITE_BONUS;
    }
    return needed;
  }
}
