package io.newsdesk.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Command-line options written {@code --name=value}. */
record Options(Map<String, String> values) {

  static Options parse(String[] args) {
    Map<String, String> values = new HashMap<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (!arg.startsWith("--") || equals < 0) {
        throw new IllegalArgumentException("expected --name=value, not " + arg);
      }
      values.put(arg.substring(2, equals), arg.substring(equals + 1));
    }
    return new Options(Map.copyOf(values));
  }

  String text(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  int number(String name, int fallback) {
    return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
  }

  Optional<String> optional(String name) {
    return Optional.ofNullable(values.get(name));
  }
}
