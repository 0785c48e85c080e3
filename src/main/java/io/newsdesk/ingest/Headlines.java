package io.newsdesk.ingest;

import java.text.BreakIterator;
import java.util.Locale;

/** Tells a headline line from text, and makes one from the text when the input has none. */
final class Headlines {

  private static final int MAX_WORDS = 25;
  private static final int MAX_CHARS = 200;
  private static final int DERIVED_MAX_CHARS = 100;

  private Headlines() {}

  /** Short, starts like a title and does not end like a sentence or a lead-in. */
  static boolean looksLikeHeadline(String line) {
    if (line.isEmpty() || line.length() > MAX_CHARS || words(line) > MAX_WORDS) {
      return false;
    }
    int first = line.codePointAt(0);
    char last = line.charAt(line.length() - 1);
    return !Character.isLowerCase(first) && ".,;:…".indexOf(last) < 0;
  }

  /** The paragraph's first sentence, cut on a word boundary to about a hundred characters. */
  static String derive(String paragraph) {
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    sentences.setText(paragraph);
    int end = sentences.next();
    String sentence = paragraph.substring(0, end == BreakIterator.DONE ? paragraph.length() : end);
    sentence = sentence.strip().replaceFirst("\\.$", "");
    if (sentence.length() <= DERIVED_MAX_CHARS) {
      return sentence;
    }
    int cut = sentence.lastIndexOf(' ', DERIVED_MAX_CHARS);
    String head = sentence.substring(0, cut > 0 ? cut : DERIVED_MAX_CHARS);
    return head.replaceFirst("[\\s,;:–—-]+$", "") + "…";
  }

  static int words(String line) {
    return line.isBlank() ? 0 : line.strip().split("\\s+").length;
  }
}
