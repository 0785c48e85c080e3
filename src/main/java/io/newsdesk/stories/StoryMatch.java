package io.newsdesk.stories;

import java.util.OptionalLong;

/**
 * An article (or a story) measured against a story as a whole.
 *
 * @param similarity the cosine of its weighted words with the story's centroid
 * @param sharedEntities its principal entities that a third of the story's members name too
 * @param daysApart the fewest days between its event day and a member's; empty when unknown
 * @param copied near-identical to a member
 * @param rewritten built on a member's text
 */
record StoryMatch(
    double similarity,
    int sharedEntities,
    OptionalLong daysApart,
    boolean copied,
    boolean rewritten) {

  /** A copy always joins; anything else needs the similarity its signals ask for. */
  boolean joins(StoryRules rules) {
    return copied || margin(rules) >= 0;
  }

  /** How far above what it needs: the story an article joins is the one it clears most. */
  double margin(StoryRules rules) {
    if (daysApart.isPresent() && daysApart.getAsLong() > rules.windowDays() && !copied) {
      return Double.NEGATIVE_INFINITY;
    }
    return similarity - rules.needed(this) + (copied ? 1 : 0);
  }
}
