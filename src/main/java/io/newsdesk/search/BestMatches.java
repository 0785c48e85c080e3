package io.newsdesk.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.index.ElasticCalls;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The ids of a search's best matching articles (the newest, for filters alone): the same text,
 * facets and dates as the search page, without names, meaning or respelling. A search's stories are
 * the stories of these.
 */
@ApplicationScoped
public class BestMatches {

  private final ElasticsearchClient client;

  BestMatches(ElasticsearchClient client) {
    this.client = client;
  }

  public List<String> ids(SearchQuery query, int limit) {
    ParsedText text = ParsedText.of(query.text());
    FacetFilters filters = new FacetFilters(query);
    SearchResponse<JsonData> matches =
        ElasticCalls.call(
            () ->
                client.search(
                    s -> {
                      s.index(ArticleIndex.ALIAS)
                          .size(limit)
                          .source(src -> src.fetch(false))
                          .query(q -> q.bool(b -> b.must(text.query()).filter(filters.all())));
                      Sorting.apply(
                          s, query.text().isBlank() ? ResultOrder.NEWEST : ResultOrder.RELEVANCE);
                      return s;
                    },
                    JsonData.class));
    return matches.hits().hits().stream().map(Hit::id).toList();
  }
}
