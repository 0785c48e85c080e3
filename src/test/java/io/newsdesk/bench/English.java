package io.newsdesk.bench;

import java.util.regex.Pattern;

/** The little English grammar the generated sentences need. */
final class English {

  private static final Pattern A_BEFORE_VOWEL =
      Pattern.compile("\\b([Aa]) (?=[aeioAEIO]|u(?!ni|s[eu])|U(?!ni|s[eu]))");

  private English() {}

  /** Plural of a noun, or the third person of a verb; a compound changes its last word. */
  static String plural(String word) {
    if (word.endsWith("ss")
        || word.endsWith("x")
        || word.endsWith("ch")
        || word.endsWith("sh")
        || word.endsWith("z")) {
      return word + "es";
    }
    if (word.endsWith("s")) {
      return word;
    }
    if (word.endsWith("y")
        && word.length() > 1
        && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
      return word.substring(0, word.length() - 1) + "ies";
    }
    return word + "s";
  }

  static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Templates always write "a"; this turns it into "an" before a vowel sound. */
  static String articles(String text) {
    return A_BEFORE_VOWEL.matcher(text).replaceAll("$1n ");
  }
}
