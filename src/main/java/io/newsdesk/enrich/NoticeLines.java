package io.newsdesk.enrich;

import io.newsdesk.article.ArticleDraft;
import java.util.List;
import java.util.stream.Stream;

/**
 * The lines where a story's bylines, credits and copyright are: those ingest set apart as notices,
 * then the first and last paragraphs, where they sit when a draft was made without ingest.
 */
final class NoticeLines {

  private NoticeLines() {}

  static Stream<String> of(ArticleDraft draft) {
    List<String> paragraphs = draft.paragraphs();
    Stream<String> edges =
        paragraphs.isEmpty()
            ? Stream.empty()
            : Stream.of(paragraphs.get(0), paragraphs.get(paragraphs.size() - 1)).distinct();
    return Stream.concat(draft.notices().stream(), edges);
  }
}
