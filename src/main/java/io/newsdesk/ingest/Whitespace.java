package io.newsdesk.ingest;

import java.util.regex.Pattern;

/** Spacing as scraped pages leave it: no-break and zero-width spaces, runs of blanks. */
final class Whitespace {

  private static final Pattern RUNS = Pattern.compile("[\\s\\h\\u200B\\uFEFF]+");

  private Whitespace() {}

  static String collapse(String text) {
    return RUNS.matcher(text).replaceAll(" ").strip();
  }
}
