package io.newsdesk.stories;

import io.newsdesk.enrich.DateText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day an article's event happened, as its headline and lead tell it: a date ("on 5 October",
 * "October 5, 2023"), a weekday ("on Thursday") or "yesterday" read against the publication date,
 * else the publication date itself. Unknown when neither the text nor the date tells: an undated
 * article is never taken to be of the same day as another.
 */
final class EventDay {

  /** Words of the lead read for a date: the first paragraph or two. */
  static final int LEAD_WORDS = 80;

  private static final Pattern RELATIVE =
      Pattern.compile(
          "\\b(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(yesterday)|(today|tonight))\\b",
          Pattern.CASE_INSENSITIVE);

  private EventDay() {}

  static Optional<LocalDate> of(Optional<LocalDate> published, String title, String body) {
    String lead = lead(title, body);
    Optional<DateText.Found> date = DateText.find(lead).stream().findFirst();
    Matcher relative = RELATIVE.matcher(lead);
    boolean hasRelative = published.isPresent() && relative.find();
    if (date.isPresent() && (!hasRelative || date.get().start() <= relative.start())) {
      Optional<LocalDate> day = day(date.get(), published);
      if (day.isPresent()) {
        return day;
      }
    }
    if (hasRelative) {
      LocalDate on = published.get();
      if (relative.group(1) != null) {
        DayOfWeek weekday = DayOfWeek.valueOf(relative.group(1).toUpperCase(Locale.ROOT));
        return Optional.of(on.with(TemporalAdjusters.previousOrSame(weekday)));
      }
      return Optional.of(relative.group(2) != null ? on.minusDays(1) : on);
    }
    return published;
  }

  /** A date without a year is the one nearest before publication (a week ahead at most). */
  private static Optional<LocalDate> day(DateText.Found found, Optional<LocalDate> published) {
    if (found.year().isPresent()) {
      return found.date();
    }
    if (published.isEmpty()) {
      return Optional.empty();
    }
    LocalDate on = published.get();
    return found
        .inYear(on.getYear())
        .map(d -> d.isAfter(on.plusDays(7)) ? found.inYear(on.getYear() - 1).orElse(d) : d);
  }

  private static String lead(String title, String body) {
    String text = Fingerprints.text(title, body);
    Matcher words = Pattern.compile("\\S+").matcher(text);
    int end = text.length();
    for (int count = 0; words.find(); count++) {
      if (count == LEAD_WORDS) {
        end = words.start();
        break;
      }
    }
    return text.substring(0, end);
  }
}
