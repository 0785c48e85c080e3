package io.newsdesk.search;

import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An article as a list shows it: the stored fields a result reads, the highlighting asked for, and
 * the {@link SearchResults.SearchHit} made of both. Shared by every list of articles.
 */
final class ArticleHits {

  static final List<String> HIT_FIELDS =
      List.of("id", "title", "outlet", "published", "url", "persons", "ingested_at");

  private ArticleHits() {}

  /** The stored fields a result shows. */
  record HitSource(
      String id,
      String title,
      String outlet,
      LocalDate published,
      String url,
      List<String> persons,
      Instant ingestedAt) {}

  static Highlight.Builder highlight(Highlight.Builder h) {
    return h.encoder(HighlighterEncoder.Default)
        .preTags(Highlights.PRE)
        .postTags(Highlights.POST)
        .fields("title.exact", f -> f.numberOfFragments(0))
        .fields("title", f -> f.numberOfFragments(0))
        .fields("body.exact", f -> f.fragmentSize(180).numberOfFragments(3))
        .fields("body", f -> f.fragmentSize(180).numberOfFragments(3).noMatchSize(220));
  }

  static SearchResults.SearchHit hit(Hit<HitSource> hit) {
    return hit(hit.source(), hit.highlight());
  }

  static SearchResults.SearchHit hit(HitSource source, Map<String, List<String>> highlight) {
    List<String> titleMarks = firstPresent(highlight, "title.exact", "title");
    List<String> snippets = firstPresent(highlight, "body.exact", "body");
    return new SearchResults.SearchHit(
        source.id(),
        source.title(),
        titleMarks.isEmpty()
            ? Highlights.escape(source.title())
            : Highlights.toHtml(titleMarks.get(0)),
        source.outlet(),
        source.published(),
        source.url(),
        Highlights.toHtml(snippets),
        source.persons() == null ? List.of() : source.persons(),
        source.ingestedAt());
  }

  /** A hit without highlights, for lists that are not a text search. */
  static SearchResults.SearchHit plainHit(Hit<HitSource> hit) {
    HitSource source = hit.source();
    return new SearchResults.SearchHit(
        source.id(),
        source.title(),
        Highlights.escape(source.title()),
        source.outlet(),
        source.published(),
        source.url(),
        List.of(),
        source.persons() == null ? List.of() : source.persons(),
        source.ingestedAt());
  }

  /** The fragments of the first of these fields that has any. */
  static List<String> firstPresent(Map<String, List<String>> highlight, String... fields) {
    for (String field : fields) {
      List<String> fragments = highlight.get(field);
      if (fragments != null && !fragments.isEmpty()) {
        return fragments;
      }
    }
    return List.of();
  }
}
