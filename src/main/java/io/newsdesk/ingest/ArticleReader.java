package io.newsdesk.ingest;

import io.newsdesk.article.ArticleDraft;
import io.newsdesk.article.SourceMetadata;
import java.util.List;
import java.util.Optional;

/**
 * Reads raw input files into article drafts: plain text as scraped, HTML pages and JSON Lines, told
 * apart by extension or content. Page chrome is dropped, photo captions and notices (stamps,
 * bylines, copyright lines) are set apart, and every file that yields nothing gets a reason.
 */
public final class ArticleReader {

  private final InputScreen screen;

  /**
   * @param maxBytes files larger than this are rejected unread
   */
  public ArticleReader(long maxBytes) {
    this.screen = new InputScreen(maxBytes);
  }

  public ReadOutcome read(InputFile file) {
    String source = file.name();
    SourceMetadata metadata = file.metadata().orElseGet(SourceMetadata::none);
    String text;
    try {
      text = screen.text(file.bytes());
    } catch (UnreadableInput e) {
      return rejected(source, e.getMessage());
    }
    return switch (InputFormat.of(source, text)) {
      case JSON_LINES -> JsonLinesReader.read(source, text, metadata);
      case OTHER_XML -> rejected(source, "an XML document that is not an HTML page");
      case HTML -> oneDraft(source, HtmlReader.read(source, text, metadata));
      case PLAIN_TEXT -> oneDraft(source, PlainTextReader.read(source, text, metadata));
    };
  }

  private static ReadOutcome oneDraft(String source, Optional<ArticleDraft> draft) {
    return draft
        .<ReadOutcome>map(d -> new ReadOutcome.Read(List.of(d), List.of()))
        .orElseGet(() -> rejected(source, "no article text once the page chrome is removed"));
  }

  private static ReadOutcome rejected(String source, String reason) {
    return new ReadOutcome.Rejected(List.of(Rejection.ofFile(source, reason)));
  }
}
