package io.newsdesk.stories;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * When an article is about a story's event.
 *
 * @param windowDays how far from the story's nearest dated member an article may be published and
 *     still join without copying a member; a story grows longer than this through its members
 * @param minSimilarity the evidence (see {@link StoryAffinity#evidence()}) a report published on
 *     the day of a member needs
 */
record StoryRules(int windowDays, double minSimilarity) {

  /** Weight of the share of members that are about the article's principal entities. */
  static final double ENTITIES = 0.3;

  /** Weight of the meaning of headline and lead, above {@link #MEANING_BASE}. */
  static final double MEANING = 0.5;

  /**
   * The cosine of headline-and-lead embeddings that reports of two events of one kind reach (two
   * earthquakes, two strikes on one region: 0.55 to 0.7 in the labelled sets); reports of one event
   * reach 0.8 to 0.95.
   */
  static final double MEANING_BASE = 0.6;

  /**
   * Extra evidence needed per day between the article and the story's nearest dated member: reports
   * of one event come within a day or two, a look-alike event of the same place days later.
   */
  static final double PER_DAY = 0.1;

  /** Extra evidence needed when a date is unknown and the days cannot be counted. */
  static final double UNDATED = 0.02;

  /**
   * Extra evidence needed when days cannot be counted and the article's year is none of the
   * members' years (the years of their dates, else the latest they name: see {@link
   * ArticleProfile#year()}). One amount however many years apart: reports of one event mostly name
   * the same latest year, but one naming only an older background year is common.
   */
  static final double OTHER_YEAR = 0.2;

  double needed(OptionalLong daysApart, OptionalInt yearsApart) {
    if (daysApart.isPresent()) {
      return minSimilarity + PER_DAY * daysApart.getAsLong();
    }
    return minSimilarity + UNDATED + (yearsApart.orElse(0) > 0 ? OTHER_YEAR : 0);
  }
}
