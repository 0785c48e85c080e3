package io.newsdesk.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.mtermvectors.MultiTermVectorsResult;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.termvectors.TermVector;
import co.elastic.clients.json.JsonData;
import io.newsdesk.index.ArticleDocument;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.index.ElasticCalls;
import io.newsdesk.index.StoryDocument;
import io.newsdesk.index.StoryIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What placing articles in stories reads: candidate articles found by index lookups (fingerprint
 * bands, similar text, shared entities), stored articles with their term statistics, and stories.
 */
@ApplicationScoped
public class StoryLookup {

  /** How many of an article's most telling words a candidate must have. */
  private static final String SIMILAR_WORDS = "30%";

  /** Requests are cut into chunks of this many documents or searches. */
  private static final int CHUNK = 200;

  private final ElasticsearchClient client;
  private final DocumentFrequencies documentFrequencies;

  StoryLookup(ElasticsearchClient client) {
    this.client = client;
    this.documentFrequencies = new DocumentFrequencies(client);
  }

  /** For each query's article, the ids of the best candidates, most similar first. */
  public Map<String, List<String>> candidates(List<CandidateQuery> queries, int size) {
    Map<String, List<String>> candidates = new HashMap<>();
    for (List<CandidateQuery> chunk : chunks(queries)) {
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

  /** The stored articles with these ids; missing ones are left out. */
  public Map<String, ArticleDocument> articles(Collection<String> ids) {
    return get(ArticleIndex.ALIAS, ids, ArticleDocument.class);
  }

  /** The analysed words of these articles, with document frequencies from the whole corpus. */
  public Map<String, ArticleTerms> terms(Collection<String> ids) {
    Map<String, Map<String, Integer>> frequencies = new HashMap<>();
    long documents = 0;
    for (List<String> chunk : chunks(List.copyOf(ids))) {
      var response =
          ElasticCalls.call(
              () ->
                  client.mtermvectors(
                      m ->
                          m.index(ArticleIndex.ALIAS)
                              .ids(chunk)
                              .fields("title", "body")
                              .termStatistics(false)
                              .fieldStatistics(true)
                              .positions(false)
                              .offsets(false)
                              .payloads(false)));
      for (MultiTermVectorsResult result : response.docs()) {
        if (Boolean.TRUE.equals(result.found())) {
          Map<String, Integer> counts = new HashMap<>();
          for (TermVector field : result.termVectors().values()) {
            if (field.fieldStatistics() != null) {
              documents = Math.max(documents, field.fieldStatistics().docCount());
            }
            field
                .terms()
                .forEach((term, stats) -> counts.merge(term, stats.termFreq(), Integer::sum));
          }
          frequencies.put(result.id(), counts);
        }
      }
    }
    Set<String> vocabulary = new HashSet<>();
    frequencies.values().forEach(counts -> vocabulary.addAll(counts.keySet()));
    Map<String, Integer> corpus = documentFrequencies.of(vocabulary, documents);
    Map<String, ArticleTerms> terms = new HashMap<>();
    for (var article : frequencies.entrySet()) {
      Map<String, Integer> own = new HashMap<>();
      article.getValue().keySet().forEach(term -> own.put(term, corpus.get(term)));
      terms.put(article.getKey(), new ArticleTerms(article.getValue(), own, documents));
    }
    return terms;
  }

  /** The stored stories with these ids; missing ones are left out. */
  public Map<String, StoryDocument> stories(Collection<String> ids) {
    return get(StoryIndex.ALIAS, ids, StoryDocument.class);
  }

  private <T> Map<String, T> get(String index, Collection<String> ids, Class<T> type) {
    Map<String, T> found = new LinkedHashMap<>();
    for (List<String> chunk : chunks(List.copyOf(ids))) {
      var response = ElasticCalls.call(() -> client.mget(m -> m.index(index).ids(chunk), type));
      for (var item : response.docs()) {
        if (item.isResult() && item.result().found()) {
          found.put(item.result().id(), item.result().source());
        }
      }
    }
    return found;
  }

  /**
   * The story of each of these articles that is in one; while a rebuild runs an article can be in
   * an old story and a new one, and the newer wins.
   */
  public Map<String, String> storiesOf(Collection<String> articleIds) {
    Map<String, String> stories = new HashMap<>();
    for (List<String> chunk : chunks(List.copyOf(articleIds))) {
      List<FieldValue> values = chunk.stream().map(FieldValue::of).toList();
      Set<String> wanted = new HashSet<>(chunk);
      SearchResponse<ArticleIds> response =
          ElasticCalls.call(
              () ->
                  client.search(
                      s ->
                          s.index(StoryIndex.ALIAS)
                              .size(2 * chunk.size())
                              .source(src -> src.filter(f -> f.includes("article_ids")))
                              .query(
                                  q ->
                                      q.terms(
                                          t -> t.field("article_ids").terms(v -> v.value(values))))
                              .sort(o -> o.field(f -> f.field("updated_at").order(SortOrder.Asc))),
                      ArticleIds.class));
      for (Hit<ArticleIds> hit : response.hits().hits()) {
        for (String article : hit.source().articleIds()) {
          if (wanted.contains(article)) {
            stories.put(article, hit.id());
          }
        }
      }
    }
    return stories;
  }

  /** Only a story's member list. */
  record ArticleIds(List<String> articleIds) {}

  /** Every article id in publication order (undated last), handed over in batches. */
  public void inPublicationOrder(int batchSize, Consumer<List<String>> batch) {
    List<FieldValue> after = null;
    while (true) {
      List<FieldValue> searchAfter = after;
      SearchResponse<JsonData> page =
          ElasticCalls.call(
              () ->
                  client.search(
                      s -> {
                        s.index(ArticleIndex.ALIAS)
                            .size(batchSize)
                            .source(src -> src.fetch(false))
                            .sort(
                                o ->
                                    o.field(
                                        f ->
                                            f.field("published")
                                                .order(SortOrder.Asc)
                                                .missing("_last")))
                            .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                        if (searchAfter != null) {
                          s.searchAfter(searchAfter);
                        }
                        return s;
                      },
                      JsonData.class));
      List<Hit<JsonData>> hits = page.hits().hits();
      if (hits.isEmpty()) {
        return;
      }
      batch.accept(hits.stream().map(Hit::id).toList());
      after = hits.get(hits.size() - 1).sort();
    }
  }

  private static <T> List<List<T>> chunks(List<T> all) {
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
    }
    return chunks;
  }
}
