package io.newsdesk.enrich;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates as English news text writes them: {@code 2025-02-24}, {@code 24 Feb}, {@code
 * February 24, 2025}, {@code Feb. 24}. All-numeric dates such as 02/03/2025 are left alone, since
 * their order of day and month cannot be told.
 */
final class DateText {

  static final String MONTH =
      "(?:(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|May|MAY)\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern DAY_FIRST =
      Pattern.compile("\\b" + DAY + "\\s+(" + MONTH + ")(?:,?\\s+" + YEAR + ")?(?![\\w-])");
  private static final Pattern MONTH_FIRST =
      Pattern.compile("\\b(" + MONTH + ")\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?(?![\\w-])");

  private DateText() {}

  /**
   * A date found in text; the year is missing when the text leaves it out.
   *
   * @param start where it starts in the text
   */
  record Found(MonthDay day, OptionalInt year, int start) {

    Optional<LocalDate> inYear(int fallbackYear) {
      return at(year.orElse(fallbackYear));
    }

    Optional<LocalDate> date() {
      return year.isPresent() ? at(year.getAsInt()) : Optional.empty();
    }

    private Optional<LocalDate> at(int y) {
      try {
        return Optional.of(day.atYear(y)).filter(d -> d.getDayOfMonth() == day.getDayOfMonth());
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
  }

  /** Every date in the text, in order of appearance. */
  static List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    Matcher iso = ISO.matcher(text);
    while (iso.find()) {
      found(Integer.parseInt(iso.group(2)), iso.group(3), iso.group(1), iso.start())
          .ifPresent(found::add);
    }
    Matcher dayFirst = DAY_FIRST.matcher(text);
    while (dayFirst.find()) {
      found(month(dayFirst.group(2)), dayFirst.group(1), dayFirst.group(3), dayFirst.start())
          .ifPresent(found::add);
    }
    Matcher monthFirst = MONTH_FIRST.matcher(text);
    while (monthFirst.find()) {
      found(
              month(monthFirst.group(1)),
              monthFirst.group(2),
              monthFirst.group(3),
              monthFirst.start())
          .ifPresent(found::add);
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  /** The first date in the text. */
  static Optional<Found> first(String text) {
    return find(text).stream().findFirst();
  }

  private static Optional<Found> found(int month, String day, String year, int start) {
    try {
      MonthDay monthDay = MonthDay.of(month, Integer.parseInt(day));
      OptionalInt y = year == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(year));
      return Optional.of(new Found(monthDay, y, start));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int month(String name) {
    return monthNamed(name).orElseThrow(() -> new IllegalArgumentException("not a month: " + name));
  }

  /** The month a name or its abbreviation ("Feb.", "Sept") names, in any case. */
  static OptionalInt monthNamed(String name) {
    String upper = name.replaceFirst("\\.$", "").toUpperCase(Locale.ROOT);
    if (upper.length() < 3) {
      return OptionalInt.empty();
    }
    for (Month month : Month.values()) {
      if (month.name().startsWith(upper)) {
        return OptionalInt.of(month.getValue());
      }
    }
    return OptionalInt.empty();
  }
}
