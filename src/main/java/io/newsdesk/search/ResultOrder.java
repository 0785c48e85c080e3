package io.newsdesk.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How results are ordered. */
public enum ResultOrder {
  RELEVANCE,
  NEWEST,
  OLDEST;

  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ResultOrder> fromParameter(String parameter) {
    return Arrays.stream(values()).filter(s -> s.parameter().equals(parameter)).findFirst();
  }
}
