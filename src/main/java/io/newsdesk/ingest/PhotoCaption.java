package io.newsdesk.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Photo captions and credit lines in running text: a short paragraph that ends in a credit ({@code
 * ... Photograph: X/AFP via Getty Images}, {@code ... © X / Y}, {@code ... today. PA}).
 */
final class PhotoCaption {

  private static final int MAX_CHARS = 400;
  private static final String SENTENCE_END = "(?:^|(?<=[.!?”\"’)])\\s+|\\s)";
  private static final String CREDITED = "[^.!?©]{2,120}$";

  private static final List<Pattern> CREDIT_ENDINGS =
      List.of(
          Pattern.compile(
              SENTENCE_END
                  + "(?i:photograph|photo|picture|pic|image|illustration|photo credit|credit)s?"
                  + "(?:\\s+by)?\\s*:\\s*"
                  + CREDITED),
          // A © credit with no year is a photo's; with a year it is the story's copyright.
          Pattern.compile(SENTENCE_END + "©\\s*(?![^©]*(?:19|20)\\d{2}\\.?\\s*$)" + CREDITED),
          Pattern.compile("\\((?:[\\p{L}-]+\\s+)?(?i:photo(?:graph)?)\\b[^()]{0,100}\\)\\.?\\s*$"),
          Pattern.compile("(?:^|/\\s*|\\bvia\\s+)Getty Images\\)?\\.?\\s*$"),
          Pattern.compile(
              "(?<=[.!?”\"’)])\\s+(?:\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}\\s*/\\s*)?"
                  + Agencies.NAMES
                  + "(?:\\s*/\\s*[\\p{L} ]{2,30})?\\s*$"));
  private static final Pattern PHOTO_CREDIT_WORDS =
      Pattern.compile("/|\\bvia\\b|Getty|(?i:\\bphoto)");

  private PhotoCaption() {}

  static boolean isCaption(String paragraph) {
    return paragraph.length() <= MAX_CHARS
        && CREDIT_ENDINGS.stream().anyMatch(p -> p.matcher(paragraph).find());
  }

  /** Whether a © line credits a photo (a photographer, an agency's picture desk). */
  static boolean hasPhotoCredit(String line) {
    return PHOTO_CREDIT_WORDS.matcher(line).find();
  }
}
