package io.newsdesk.enrich;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a copyright line names: "Copyright The Financial Times Limited 2025" is The Financial Times.
 */
final class CopyrightHolder {

  private static final Pattern LINE =
      Pattern.compile(
          "^(?:©|\\(c\\)|(?i:copyright))\\s*(?:(?i:copyright)\\s*)?(?:©\\s*)?(.{2,120})$");
  private static final Pattern YEARS =
      Pattern.compile("\\b(?:19|20)\\d{2}(?:\\s*[-–]\\s*\\d{2,4})?\\b");
  private static final Pattern NOISE =
      Pattern.compile(
          "(?i)\\ball rights reserved\\b|,?\\s*\\b(?:limited|ltd|inc|llc|plc|gmbh|s\\.?a\\.?|ag)\\b\\.?");

  private CopyrightHolder() {}

  static Optional<String> of(String line) {
    Matcher m = LINE.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String holder = YEARS.matcher(m.group(1)).replaceAll(" ");
    holder = NOISE.matcher(holder).replaceAll(" ");
    holder = holder.replaceAll("[\\s.,;:]+$|^[\\s.,;:]+", "").replaceAll("\\s+", " ");
    return holder.length() >= 2 ? Optional.of(holder) : Optional.empty();
  }
}
