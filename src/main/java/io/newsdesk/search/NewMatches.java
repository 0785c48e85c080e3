package io.newsdesk.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.index.ElasticCalls;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What arrived for a search: how many since a moment (the "new since" counts of saved searches),
 * the latest arrivals (a feed), and those of a span of time (an alert digest).
 */
@ApplicationScoped
public class NewMatches {

  private final ElasticsearchClient client;
  private final SearchMatches matches;
  private final ArticleLookup articles;

  NewMatches(ElasticsearchClient client, SearchMatches matches, ArticleLookup articles) {
    this.articles = articles;
    this.client = client;
    this.matches = matches;
  }

  /** A search and the moment after which its matches count as new. */
  public record NewSince(SearchQuery query, Instant after) {}

  /**
   * How many articles that match the query's text and filters entered the index after {@code
   * after}: the "new since" count of a saved search.
   */
  public long countIngestedAfter(SearchQuery query, Instant after) {
    return countIngestedAfter(List.of(new NewSince(query, after))).get(0);
  }

  /** The same for many searches in one request (a list of saved searches), in their order. */
  public List<Long> countIngestedAfter(List<NewSince> searches) {
    if (searches.isEmpty()) {
      return List.of();
    }
    List<RequestItem> counts = new ArrayList<>();
    for (NewSince search : searches) {
      Query matching = matches.matches(search.query());
      Query after = ingestedAfter(search.after());
      counts.add(
          RequestItem.of(
              r ->
                  r.header(h -> h.index(ArticleIndex.ALIAS))
                      .body(
                          body ->
                              body.size(0)
                                  .trackTotalHits(t -> t.enabled(true))
                                  .query(q -> q.bool(b -> b.must(matching).filter(after))))));
    }
    MsearchResponse<Void> response =
        ElasticCalls.call(() -> client.msearch(m -> m.searches(counts), Void.class));
    return response.responses().stream()
        .map(
            item -> {
              if (item.isFailure()) {
                throw new IllegalStateException(
                    "New-since count failed: " + item.failure().error().reason());
              }
              return item.result().hits().total().value();
            })
        .toList();
  }

  /** The query's matches that entered the index last, latest first: what a feed shows. */
  public List<SearchResults.SearchHit> latestIngested(SearchQuery query, int limit) {
    Query matching = matches.matches(query);
    SearchRequest request =
        SearchRequest.of(
            s -> {
              s.index(ArticleIndex.ALIAS)
                  .query(matching)
                  .size(limit)
                  .source(src -> src.filter(f -> f.includes(ArticleHits.HIT_FIELDS)))
                  .highlight(ArticleHits::highlight);
              Sorting.latestIngestedFirst(s);
              return s;
            });
    SearchResponse<ArticleHits.HitSource> response =
        ElasticCalls.call(() -> client.search(request, ArticleHits.HitSource.class));
    return response.hits().hits().stream().map(ArticleHits::hit).toList();
  }

  private static Query ingestedAfter(Instant after) {
    return Query.of(q -> q.range(r -> r.date(d -> d.field("ingested_at").gt(after.toString()))));
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
    Query matching = matches.matches(query);
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
    return articles.byIds(ids, Optional.of(matches.text(query.text()).query()));
  }
}
