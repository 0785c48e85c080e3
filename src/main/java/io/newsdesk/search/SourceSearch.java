package io.newsdesk.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.util.NamedValue;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.index.ElasticCalls;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A search answered outlet by outlet: one group per outlet with how many results it has and its
 * best ones, so a reader compares how each source covers the query. Groups come most results first;
 * the query's page and size page through the groups, its order sorts each group's hits.
 */
@ApplicationScoped
public class SourceSearch {

  /** Results shown per outlet. */
  public static final int HITS_PER_OUTLET = 3;

  /** The group of the articles whose outlet is unknown. */
  public static final String UNKNOWN_OUTLET = "";

  private final ElasticsearchClient client;

  SourceSearch(ElasticsearchClient client) {
    this.client = client;
  }

  /** The groups on the query's page, with the total of results and of outlets. */
  public record SourceResults(
      long total, long outlets, List<SourceGroup> groups, List<String> notices) {}

  /**
   * One outlet's share of the results.
   *
   * @param outlet the outlet, {@link #UNKNOWN_OUTLET} for articles without one
   */
  public record SourceGroup(String outlet, long count, List<SearchResults.SearchHit> hits) {}

  public SourceResults sources(SearchQuery query) {
    ParsedText text = ParsedText.of(query.text());
    FacetFilters filters = new FacetFilters(query);
    int buckets = Math.min(query.page() * query.size(), SearchQuery.MAX_RESULT_WINDOW);
    SearchResponse<JsonData> response =
        ElasticCalls.call(
            () ->
                client.search(
                    s ->
                        s.index(ArticleIndex.ALIAS)
                            .size(0)
                            .trackTotalHits(t -> t.enabled(true))
                            .query(q -> q.bool(b -> b.must(text.query()).filter(filters.all())))
                            .aggregations(
                                "outlet_count",
                                a -> a.cardinality(c -> c.field("outlet").missing(UNKNOWN_OUTLET)))
                            .aggregations(
                                "outlets",
                                a ->
                                    a.terms(
                                            t ->
                                                t.field("outlet")
                                                    .missing(UNKNOWN_OUTLET)
                                                    .size(buckets)
                                                    .order(
                                                        List.of(
                                                            NamedValue.of("_count", SortOrder.Desc),
                                                            NamedValue.of("_key", SortOrder.Asc))))
                                        .aggregations(
                                            "best",
                                            best ->
                                                best.topHits(
                                                    h ->
                                                        h.size(HITS_PER_OUTLET)
                                                            .sort(Sorting.options(query.sort()))
                                                            .source(
                                                                src ->
                                                                    src.filter(
                                                                        f ->
                                                                            f.includes(
                                                                                ArticleHits
                                                                                    .HIT_FIELDS)))
                                                            .highlight(ArticleHits::highlight)))),
                    JsonData.class));
    List<StringTermsBucket> outlets =
        response.aggregations().get("outlets").sterms().buckets().array();
    List<SourceGroup> groups =
        outlets.stream()
            .skip((long) (query.page() - 1) * query.size())
            .map(SourceSearch::group)
            .toList();
    return new SourceResults(
        response.hits().total() == null ? 0 : response.hits().total().value(),
        response.aggregations().get("outlet_count").cardinality().value(),
        groups,
        text.notices());
  }

  private static SourceGroup group(StringTermsBucket bucket) {
    List<SearchResults.SearchHit> hits =
        bucket.aggregations().get("best").topHits().hits().hits().stream()
            .map(
                hit ->
                    ArticleHits.hit(hit.source().to(ArticleHits.HitSource.class), hit.highlight()))
            .toList();
    return new SourceGroup(bucket.key().stringValue(), bucket.docCount(), hits);
  }
}
