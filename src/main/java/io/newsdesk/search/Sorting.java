package io.newsdesk.search;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch.core.SearchRequest;

/** Result order; ties are broken by date, then id, so pages never repeat or skip a hit. */
final class Sorting {

  private Sorting() {}

  static void apply(SearchRequest.Builder search, SortOrder order) {
    var newest =
        SortOptions.of(
            s ->
                s.field(
                    f ->
                        f.field("published")
                            .order(co.elastic.clients.elasticsearch._types.SortOrder.Desc)
                            .missing("_last")));
    var oldest =
        SortOptions.of(
            s ->
                s.field(
                    f ->
                        f.field("published")
                            .order(co.elastic.clients.elasticsearch._types.SortOrder.Asc)
                            .missing("_last")));
    var score = SortOptions.of(s -> s.score(sc -> sc));
    var id = SortOptions.of(s -> s.field(f -> f.field("id")));
    switch (order) {
      case RELEVANCE -> search.sort(score, newest, id);
      case NEWEST -> search.sort(newest, score, id);
      case OLDEST -> search.sort(oldest, score, id);
    }
  }

  /** Latest arrivals in the index first, as a feed lists them. */
  static void latestIngestedFirst(SearchRequest.Builder search) {
    var latest =
        SortOptions.of(
            s ->
                s.field(
                    f ->
                        f.field("ingested_at")
                            .order(co.elastic.clients.elasticsearch._types.SortOrder.Desc)));
    search.sort(latest, SortOptions.of(s -> s.field(f -> f.field("id"))));
  }
}
