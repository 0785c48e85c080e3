package io.newsdesk.stories;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * How close an article is to a story as a whole: the cosine of its words with the members' words
 * together, of its headline and lead's meaning with theirs, how much the story is about its
 * principal entities, the days to the nearest dated member (or, when days cannot be counted, the
 * years to the nearest member's year), the most wording it shares with one member, and whether it
 * recalls the story's event as an earlier one.
 */
record StoryAffinity(
    double words,
    OptionalDouble meaning,
    double entities,
    OptionalLong daysApart,
    OptionalInt yearsApart,
    TextOverlap text,
    boolean recalled) {

  static StoryAffinity of(ArticleProfile article, StoryProfile story, TextOverlap closest) {
    OptionalLong days = story.daysApart(article);
    // Years are read from the text only when days cannot be counted.
    return new StoryAffinity(
        story.words(article),
        story.meaning(article),
        story.entities(article),
        days,
        days.isPresent() ? OptionalInt.empty() : story.yearsApart(article),
        closest,
        story.recalledBy(article));
  }

  /**
   * A copy of a member joins; a report that sets the story's event apart from its own as an earlier
   * one (see {@link EventCues}) does not; otherwise the evidence the signals add up to must reach
   * what the days apart ask for, and beyond the window, or years apart, the words alone must also
   * tell the event: its people, its place and its kind of event recur in look-alike events weeks or
   * years later, its own words do not.
   */
  boolean joins(StoryRules rules) {
    if (text.copy()) {
      return true;
    }
    if (recalled) {
      return false;
    }
    if (farApart(rules) && words < StoryRules.LATE_WORDS) {
      return false;
    }
    return evidence() >= rules.needed(daysApart, yearsApart);
  }

  private boolean farApart(StoryRules rules) {
    return daysApart.isPresent() && daysApart.getAsLong() > rules.windowDays()
        || yearsApart.isPresent() && yearsApart.getAsInt() >= StoryRules.YEARS_APART;
  }

  /**
   * The signals summed: words, entities, and meaning above what reports of different events of one
   * kind share. Wording shared with one member adds nothing: a wire's background paragraph is
   * shared by reports of two events.
   */
  double evidence() {
    double sum = words + StoryRules.ENTITIES * entities;
    if (meaning.isPresent()) {
      sum += StoryRules.MEANING * (meaning.getAsDouble() - StoryRules.MEANING_BASE);
    }
    return sum;
  }

  /**
   * For choosing among stories the article could join: the story of a member it copies, else the
   * most evidence. Wording shared short of a copy does not count here either: the story whose wire
   * report shares a background paragraph with the article is not its story for that.
   */
  double strength() {
    return evidence() + (text.copy() ? 1 : 0);
  }
}
