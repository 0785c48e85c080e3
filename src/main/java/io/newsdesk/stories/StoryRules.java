package io.newsdesk.stories;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * When an article is about a story's event.
 *
 * @param windowDays how far from the story's nearest dated member candidates are looked for, and
 *     beyond which a report joins only on its words (see {@link #LATE_WORDS}) or as a copy
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

  /**
   * The most evidence days apart ask for. On ecbplus-dev, of the comparisons placing made with a
   * story more than the window away, three in five of those with a story of the report's own event
   * reach 0.55 (up to 0.98), and none of the 96 with a look-alike event's story passes 0.5. In
   * news-dev, a report of a killing in Beirut reaches 0.61 with the story of another killing there
   * two months before, on words 0.31 (see {@link #LATE_WORDS}).
   */
  static final double MOST_NEEDED = 0.55;

  /**
   * The cosine of words a report needs beyond the window, whatever its other evidence: a look-alike
   * event weeks later has the same people and the same kind of headline, but words of its own. On
   * ecbplus-dev, reports of one event weeks apart that reach {@link #MOST_NEEDED} have words 0.28
   * to 0.64, nearly all above 0.35. The same holds for an undated report {@link #YEARS_APART} or
   * more from the story's years.
   */
  static final double LATE_WORDS = 0.35;

  /**
   * Years between the years two reports name from which they are as far apart as reports beyond the
   * window: an undated report this far from a story's years joins only on its words (see {@link
   * #LATE_WORDS}), and a story whose halves name years this far apart may be two (see {@link
   * StorySplit}). Two reports of one event around New Year name years one apart.
   */
  static final int YEARS_APART = 2;

  double needed(OptionalLong daysApart, OptionalInt yearsApart) {
    if (daysApart.isPresent()) {
      return Math.min(
          minSimilarity + PER_DAY * daysApart.getAsLong(), Math.max(minSimilarity, MOST_NEEDED));
    }
    return minSimilarity + UNDATED + (yearsApart.orElse(0) > 0 ? OTHER_YEAR : 0);
  }
}
