package io.newsdesk.stories;

/**
 * When two articles are about the same event.
 *
 * @param windowDays how far apart two reports may be published and still join without sharing
 *     wording; a story grows longer than this through its members
 * @param minSimilarity the cosine of weighted words two dated reports sharing a principal entity
 *     need
 */
record StoryRules(int windowDays, double minSimilarity) {

  /** Extra similarity needed when no principal person, organisation or place is shared. */
  static final double WITHOUT_ENTITIES = 0.15;

  /** Extra similarity needed when a date is unknown and the window cannot be checked. */
  static final double UNDATED = 0.05;
}
