package io.newsdesk.stories;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years a text names. A report seldom names a year after its own, so the latest one it names
 * stands for its year when it carries no date.
 */
final class NamedYears {

  // Four digits that are not part of a longer number, an amount or a percentage.
  private static final Pattern YEAR =
      Pattern.compile("(?<![\\d$€£])(?<!\\d[.,])(19\\d\\d|20\\d\\d)(?![\\d%])(?![.,]\\d)");

  private NamedYears() {}

  /** The latest year the text names, up to the present one ("by 2050" plans a future). */
  static OptionalInt latest(String text) {
    int present = Year.now(ZoneOffset.UTC).getValue();
    int latest = -1;
    Matcher matcher = YEAR.matcher(text);
    while (matcher.find()) {
      int year = Integer.parseInt(matcher.group(1));
      if (year <= present && year > latest) {
        latest = year;
      }
    }
    return latest < 0 ? OptionalInt.empty() : OptionalInt.of(latest);
  }
}
