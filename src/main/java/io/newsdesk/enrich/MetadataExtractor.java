package io.newsdesk.enrich;

import io.newsdesk.article.ArticleDraft;
import io.newsdesk.article.SourceMetadata;

/**
 * Finds an article's publication date, byline, wire-agency credit and, as a fallback, its outlet in
 * the draft's text, notices and captions (the date, failing those, in the article's address). What
 * the source metadata (a manifest, a feed, the page's markup) says always wins; what neither tells
 * stays unknown. Pure: no clock, no I/O.
 */
public final class MetadataExtractor {

  public ResolvedMetadata extract(ArticleDraft draft) {
    SourceMetadata given = draft.metadata();
    return new ResolvedMetadata(
        given.outlet().or(() -> OutletSignals.find(draft)),
        given
            .published()
            .or(() -> PublishedDate.find(draft))
            .or(() -> given.url().flatMap(UrlDate::find)),
        given.byline().or(() -> Bylines.find(draft)),
        WireCredit.find(draft));
  }
}
