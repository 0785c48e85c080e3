package io.newsdesk.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.index.ElasticCalls;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What arrived for a search in a span of time, as an alert digest lists it. */
@ApplicationScoped
public class NewMatches {

  private final ElasticsearchClient client;
  private final ArticleSearch search;

  NewMatches(ElasticsearchClient client, ArticleSearch search) {
    this.client = client;
    this.search = search;
  }

  /**
   * The ids of the query's matches that entered the index after {@code after} and not after {@code
   * until}, earliest arrival first, at most {@code limit}: what an alert digest may list.
   */
  public List<String> idsIngestedBetween(
      SearchQuery query, Instant after, Instant until, int limit) {
    Query window =
        Query.of(
            q ->
                q.range(
                    r ->
                        r.date(
                            d ->
                                d.field("ingested_at")
                                    .gt(after.toString())
                                    .lte(until.toString()))));
    Query matching = search.matches(query);
    SearchResponse<Void> response =
        ElasticCalls.call(
            () ->
                client.search(
                    s ->
                        s.index(ArticleIndex.ALIAS)
                            .query(q -> q.bool(b -> b.must(matching).filter(window)))
                            .size(limit)
                            .source(src -> src.fetch(false))
                            .sort(o -> o.field(f -> f.field("ingested_at")))
                            .sort(o -> o.field(f -> f.field("id"))),
                    Void.class));
    return response.hits().hits().stream().map(Hit::id).toList();
  }

  /** These articles with the query's words marked, in the order given; missing ones left out. */
  public List<SearchResults.SearchHit> highlighted(SearchQuery query, List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Query text = search.parse(query).query();
    SearchResponse<ArticleSearch.HitSource> response =
        ElasticCalls.call(
            () ->
                client.search(
                    s ->
                        s.index(ArticleIndex.ALIAS)
                            .query(q -> q.ids(i -> i.values(ids)))
                            .size(ids.size())
                            .source(src -> src.filter(f -> f.includes(ArticleSearch.HIT_FIELDS)))
                            .highlight(h -> ArticleSearch.highlight(h).highlightQuery(text)),
                    ArticleSearch.HitSource.class));
    Map<String, SearchResults.SearchHit> found = new LinkedHashMap<>();
    response
        .hits()
        .hits()
        .forEach(hit -> found.put(hit.id(), ArticleSearch.hit(hit.source(), hit.highlight())));
    return ids.stream().filter(found::containsKey).map(found::get).toList();
  }
}
