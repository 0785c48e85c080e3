package io.newsdesk.ingest;

import io.newsdesk.article.ArticleDraft;
import io.newsdesk.article.SourceMetadata;
import java.util.List;
import java.util.Optional;

/** Reads plain text as scrapers save it: a headline line when there is one, then the body. */
final class PlainTextReader {

  private PlainTextReader() {}

  static Optional<ArticleDraft> read(String source, String text, SourceMetadata metadata) {
    return DraftAssembler.assemble(
        source, PlainParagraphs.split(text), Optional.empty(), List.of(), metadata);
  }
}
