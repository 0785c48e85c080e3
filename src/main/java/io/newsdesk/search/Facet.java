package io.newsdesk.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The keyword facets: a URL parameter name and the index field behind it. */
public enum Facet {
  PERSON("persons"),
  ORGANIZATION("organizations"),
  PLACE("places"),
  OUTLET("outlet");

  private final String field;

  Facet(String field) {
    this.field = field;
  }

  /** The name used in URLs and JSON: {@code person}, {@code outlet} ... */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  String field() {
    return field;
  }

  public static Optional<Facet> fromParameter(String parameter) {
    return Arrays.stream(values()).filter(f -> f.parameter().equals(parameter)).findFirst();
  }
}
