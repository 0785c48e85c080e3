package io.newsdesk.ingest;

import io.newsdesk.article.ArticleDraft;
import io.newsdesk.article.SourceMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads raw input files into article drafts: plain text as scraped, HTML pages, JSON Lines and RSS
 * or Atom feeds, told apart by extension or content. Page chrome is dropped, photo captions and
 * notices (stamps, bylines, copyright lines) are set apart, and every file that yields nothing gets
 * a reason. Nothing is fetched: a feed item that holds only a summary is read from its summary
 * here, and {@link #readFeed} marks such items for a caller that can fetch their pages.
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
      case FEED -> feedItems(FeedReader.read(source, text, metadata));
      case OTHER_XML -> rejected(source, "an XML document that is not an HTML page");
      case HTML -> oneDraft(source, HtmlReader.read(source, text, metadata));
      case PLAIN_TEXT -> oneDraft(source, PlainTextReader.read(source, text, metadata));
    };
  }

  /**
   * Reads a feed into its items, without reading their content: for a caller that decides per item
   * what to read, such as a poller that skips items it has seen and fetches the pages of items that
   * hold only a summary. Anything but a well-formed RSS or Atom feed is rejected.
   */
  public FeedOutcome readFeed(InputFile file) {
    SourceMetadata metadata = file.metadata().orElseGet(SourceMetadata::none);
    try {
      return FeedReader.read(file.name(), screen.text(file.bytes()), metadata);
    } catch (UnreadableInput e) {
      return new FeedOutcome.Rejected(Rejection.ofFile(file.name(), e.getMessage()));
    }
  }

  private ReadOutcome feedItems(FeedOutcome feed) {
    if (feed instanceof FeedOutcome.Rejected rejected) {
      return new ReadOutcome.Rejected(List.of(rejected.rejection()));
    }
    List<ArticleDraft> drafts = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    for (FeedItem item : ((FeedOutcome.Parsed) feed).items()) {
      ReadOutcome outcome = read(item.asInput());
      drafts.addAll(outcome.drafts());
      rejections.addAll(outcome.rejections());
    }
    return drafts.isEmpty()
        ? new ReadOutcome.Rejected(rejections)
        : new ReadOutcome.Read(drafts, rejections);
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
