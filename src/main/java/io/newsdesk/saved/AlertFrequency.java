package io.newsdesk.saved;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How often an alert mails: as soon as something matches, once a day, once a week, or never. */
public enum AlertFrequency {
  IMMEDIATE(Duration.ZERO),
  DAILY(Duration.ofDays(1)),
  WEEKLY(Duration.ofDays(7)),
  OFF(Duration.ZERO);

  private final Duration interval;

  AlertFrequency(Duration interval) {
    this.interval = interval;
  }

  /** The time from one digest to the next. */
  Duration interval() {
    return interval;
  }

  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AlertFrequency> fromParameter(String parameter) {
    return Arrays.stream(values()).filter(f -> f.parameter().equals(parameter)).findFirst();
  }
}
