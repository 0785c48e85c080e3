package io.newsdesk.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Direct quotations in a text: words between typographic or straight double quotes. */
final class Quotes {

  /** Shorter quotations are phrases ("turning point"), not statements worth comparing. */
  static final int MIN_WORDS = 6;

  private static final Pattern QUOTED =
      Pattern.compile("“([^”“]{10,800})”|\"([^\"]{10,800})\"|«([^»«]{10,800})»");

  private Quotes() {}

  static List<String> of(String text) {
    List<String> quotes = new ArrayList<>();
    Matcher matcher = QUOTED.matcher(text);
    while (matcher.find()) {
      String quote =
          (matcher.group(1) != null
                  ? matcher.group(1)
                  : matcher.group(2) != null ? matcher.group(2) : matcher.group(3))
              .strip();
      if (Tokens.of(quote).size() >= MIN_WORDS && !quotes.contains(quote)) {
        quotes.add(quote);
      }
    }
    return quotes;
  }
}
