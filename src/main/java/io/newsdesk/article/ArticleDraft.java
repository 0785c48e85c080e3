package io.newsdesk.article;

import java.util.List;

/**
 * An article as ingest read it: text split from the page chrome, before enrichment.
 *
 * @param source the file name or URL it came from, for messages
 * @param title the headline, empty when the input has none
 * @param paragraphs the body's paragraphs, chrome removed
 * @param captions photo captions and credit lines found in the input
 */
public record ArticleDraft(
    String source,
    String title,
    List<String> paragraphs,
    List<String> captions,
    SourceMetadata metadata) {

  public ArticleDraft {
    paragraphs = List.copyOf(paragraphs);
    captions = List.copyOf(captions);
  }

  public String body() {
    return String.join("\n\n", paragraphs);
  }
}
