package io.newsdesk.stories;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.index.Chunks;
import io.newsdesk.index.ElasticCalls;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The candidates placing compares an article with, found by index lookups: articles sharing a
 * fingerprint band, and articles with similar text (and, as a plus, shared entities) within the
 * window.
 */
@ApplicationScoped
public class CandidateStore {

  /** How many of an article's most telling words a candidate must have. */
  private static final String SIMILAR_WORDS = "30%";

  private final ElasticsearchClient client;

  CandidateStore(ElasticsearchClient client) {
    this.client = client;
  }

  /** For each query's article, the ids of the best candidates, most similar first. */
  public Map<String, List<String>> candidates(List<CandidateQuery> queries, int size) {
    Map<String, List<String>> candidates = new HashMap<>();
    for (List<CandidateQuery> chunk : Chunks.of(queries)) {
      List<RequestItem> searches = new ArrayList<>();
      for (CandidateQuery query : chunk) {
        searches.add(
            RequestItem.of(
                r ->
                    r.header(h -> h.index(ArticleIndex.ALIAS))
                        .body(
                            b ->
                                b.query(candidateQuery(query))
                                    .size(size)
                                    .source(s -> s.fetch(false)))));
      }
      MsearchResponse<JsonData> response =
          ElasticCalls.call(() -> client.msearch(m -> m.searches(searches), JsonData.class));
      for (int i = 0; i < chunk.size(); i++) {
        MultiSearchResponseItem<JsonData> item = response.responses().get(i);
        if (item.isFailure()) {
          throw new IllegalStateException(
              "Candidate search failed: " + item.failure().error().reason());
        }
        candidates.put(
            chunk.get(i).articleId(), item.result().hits().hits().stream().map(Hit::id).toList());
      }
    }
    return candidates;
  }

  private static Query candidateQuery(CandidateQuery query) {
    // A hand-made more-like-this: the words were chosen from term vectors the caller has anyway.
    Query similarText =
        Query.of(
            q ->
                q.bool(
                    b -> {
                      query
                          .words()
                          .forEach(w -> b.should(s -> s.term(t -> t.field("body").value(w))));
                      return b.minimumShouldMatch(SIMILAR_WORDS);
                    }));
    List<FieldValue> entities = query.entities().stream().map(FieldValue::of).toList();
    Query topical =
        Query.of(
            q ->
                q.bool(
                    b -> {
                      b.must(similarText);
                      window(query).ifPresent(b::filter);
                      for (String field : List.of("persons", "organizations", "places")) {
                        b.should(s -> s.terms(t -> t.field(field).terms(v -> v.value(entities))));
                      }
                      return b;
                    }));
    List<FieldValue> bands = query.fingerprint().stream().map(FieldValue::of).toList();
    return Query.of(
        q ->
            q.bool(
                b ->
                    b.mustNot(m -> m.ids(i -> i.values(query.articleId())))
                        .should(topical)
                        .should(
                            s ->
                                s.terms(
                                    t ->
                                        t.field("fingerprint")
                                            .terms(v -> v.value(bands))
                                            .boost(2f)))
                        .minimumShouldMatch("1")));
  }

  /** Published within the window, or undated (unless only earlier articles may be candidates). */
  private static Optional<Query> window(CandidateQuery query) {
    if (query.published().isEmpty()) {
      return Optional.empty();
    }
    LocalDate date = query.published().get();
    LocalDate last = query.earlierOnly() ? date : date.plusDays(query.windowDays());
    Query inWindow =
        Query.of(
            q ->
                q.range(
                    r ->
                        r.date(
                            d ->
                                d.field("published")
                                    .gte(date.minusDays(query.windowDays()).toString())
                                    .lte(last.toString()))));
    if (query.earlierOnly()) {
      return Optional.of(inWindow);
    }
    Query undated = Query.of(q -> q.bool(b -> b.mustNot(m -> m.exists(e -> e.field("published")))));
    return Optional.of(
        Query.of(q -> q.bool(b -> b.should(inWindow).should(undated).minimumShouldMatch("1"))));
  }
}
