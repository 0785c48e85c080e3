package io.newsdesk.enrich;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a news address gives in its path, as many outlets file their articles: {@code
 * /2013/05/02/...} or {@code /2013/may/03/...}. Year, month and day must follow each other as whole
 * segments; a year and month alone ({@code /2008/12/...}) say too little to count days.
 */
final class UrlDate {

  private static final Pattern YEAR_MONTH_DAY =
      Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2}|\\p{Alpha}{3,9})/(\\d{1,2})(?=/|$)");

  private UrlDate() {}

  static Optional<LocalDate> find(String url) {
    String path;
    try {
      path = URI.create(url.strip()).getRawPath();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (path == null) {
      return Optional.empty();
    }
    Matcher m = YEAR_MONTH_DAY.matcher(path);
    if (!m.find()) {
      return Optional.empty();
    }
    OptionalInt month =
        Character.isDigit(m.group(2).charAt(0))
            ? OptionalInt.of(Integer.parseInt(m.group(2)))
            : DateText.monthNamed(m.group(2));
    if (month.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)), month.getAsInt(), Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
