package io.newsdesk.search;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.util.List;

/** Result order; ties are broken by date, then id, so pages never repeat or skip a hit. */
final class Sorting {

  private Sorting() {}

  static void apply(SearchRequest.Builder search, ResultOrder order) {
    search.sort(options(order));
  }

  static List<SortOptions> options(ResultOrder order) {
    var newest =
        SortOptions.of(
            s -> s.field(f -> f.field("published").order(SortOrder.Desc).missing("_last")));
    var oldest =
        SortOptions.of(
            s -> s.field(f -> f.field("published").order(SortOrder.Asc).missing("_last")));
    var score = SortOptions.of(s -> s.score(sc -> sc));
    var id = SortOptions.of(s -> s.field(f -> f.field("id")));
    return switch (order) {
      case RELEVANCE -> List.of(score, newest, id);
      case NEWEST -> List.of(newest, score, id);
      case OLDEST -> List.of(oldest, score, id);
    };
  }

  /** Latest arrivals in the index first, as a feed lists them. */
  static void latestIngestedFirst(SearchRequest.Builder search) {
    var latest = SortOptions.of(s -> s.field(f -> f.field("ingested_at").order(SortOrder.Desc)));
    search.sort(latest, SortOptions.of(s -> s.field(f -> f.field("id"))));
  }
}
