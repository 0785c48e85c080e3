package io.newsdesk.article;

import java.util.List;

/**
 * An article as ingest read it: text split from the page chrome, before enrichment.
 *
 * @param source the file name or URL it came from, for messages
 * @param title the headline, empty when the input has none
 * @param paragraphs the body's paragraphs, chrome removed
 * @param captions photo captions and credit lines found in the input
 * @param notices lines about the article rather than of it (date stamps, bylines, copyright and
 *     agency lines): kept out of the body, but enrichment reads its metadata from them
 */
public record ArticleDraft(
    String source,
    String title,
    List<String> paragraphs,
    List<String> captions,
    List<String> notices,
    SourceMetadata metadata) {

  public ArticleDraft {
    paragraphs = List.copyOf(paragraphs);
    captions = List.copyOf(captions);
    notices = List.copyOf(notices);
  }

  /** A draft whose input had no lines besides text and captions. */
  public ArticleDraft(
      String source,
      String title,
      List<String> paragraphs,
      List<String> captions,
      SourceMetadata metadata) {
    this(source, title, paragraphs, captions, List.of(), metadata);
  }

  public String body() {
    return String.join("\n\n", paragraphs);
  }
}
