package io.newsdesk.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Dates as machine-written metadata gives them: ISO 8601 dates and times, or RFC 1123. */
final class IsoDates {

  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ISO_DATE_TIME,
          DateTimeFormatter.RFC_1123_DATE_TIME);

  private IsoDates() {}

  /** The calendar date as written, in the writer's own time zone. */
  static Optional<LocalDate> parse(String value) {
    String text = value.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) (?=\\d)", "$1T");
    for (DateTimeFormatter format : FORMATS) {
      try {
        return Optional.of(format.parse(text, LocalDate::from));
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return Optional.empty();
  }
}
