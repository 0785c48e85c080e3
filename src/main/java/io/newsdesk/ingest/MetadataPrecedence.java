package io.newsdesk.ingest;

import io.newsdesk.article.SourceMetadata;

/** Combines two sources of metadata field by field, the first winning wherever it knows. */
final class MetadataPrecedence {

  private MetadataPrecedence() {}

  static SourceMetadata over(SourceMetadata first, SourceMetadata fallback) {
    return new SourceMetadata(
        first.outlet().or(fallback::outlet),
        first.url().or(fallback::url),
        first.published().or(fallback::published),
        first.language().or(fallback::language),
        first.title().or(fallback::title),
        first.byline().or(fallback::byline));
  }
}
