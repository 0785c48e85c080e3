package io.newsdesk.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.List;

/**
 * Walks every document of an index that matches a query, a page at a time. Maintenance work
 * (migrations, renames, re-processing) reads this way because the minimal node has none of the
 * reindex-module APIs.
 */
final class Scroll {

  /** What to do with one page of hits. */
  @FunctionalInterface
  interface Page<T> {
    void accept(List<Hit<T>> hits) throws IOException;
  }

  private Scroll() {}

  static <T> void each(
      ElasticsearchClient client,
      String index,
      Query query,
      int pageSize,
      Class<T> type,
      Page<T> page)
      throws IOException {
    var response =
        client.search(
            s ->
                s.index(index)
                    .query(query)
                    .size(pageSize)
                    .seqNoPrimaryTerm(true)
                    .scroll(t -> t.time("5m")),
            type);
    String scrollId = response.scrollId();
    List<Hit<T>> hits = response.hits().hits();
    try {
      while (!hits.isEmpty()) {
        page.accept(hits);
        String id = scrollId;
        var next = client.scroll(s -> s.scrollId(id).scroll(t -> t.time("5m")), type);
        scrollId = next.scrollId();
        hits = next.hits().hits();
      }
    } finally {
      String last = scrollId;
      client.clearScroll(c -> c.scrollId(last));
    }
  }

  static Query all() {
    return Query.of(q -> q.matchAll(m -> m));
  }
}
