package io.newsdesk.cli;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal's rule for sidecar metadata, as the command line needs it to keep a sidecar in the
 * same request as the file it describes: {@code story.html.json} or {@code story.json} beside
 * {@code story.html}.
 */
final class Sidecar {

  private static final String SUFFIX = ".json";

  private Sidecar() {}

  /** The name of the file a {@code .json} file describes among these, if it is a sidecar. */
  static Optional<String> described(String name, Collection<String> names) {
    if (!isJson(name)) {
      return Optional.empty();
    }
    String described = name.substring(0, name.length() - SUFFIX.length());
    return names.stream()
        .filter(other -> !isJson(other))
        .filter(other -> other.equals(described) || stem(other).equals(described))
        .findFirst();
  }

  static boolean isSidecar(String name, Collection<Part> unit) {
    return described(name, unit.stream().map(Part::name).toList()).isPresent();
  }

  static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static boolean isJson(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(SUFFIX);
  }
}
