package io.newsdesk.stories;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.mtermvectors.MultiTermVectorsResult;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.termvectors.TermVector;
import co.elastic.clients.json.JsonData;
import io.newsdesk.index.ArticleDocument;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.index.Chunks;
import io.newsdesk.index.ElasticCalls;
import io.newsdesk.index.MultiGet;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The stored articles stories are made of: their documents, their analysed words with the corpus
 * statistics to weigh them, and every id in publication order for a rebuild.
 */
@ApplicationScoped
public class ArticleStore {

  private final ElasticsearchClient client;
  private final DocumentFrequencyStore documentFrequencies;

  ArticleStore(ElasticsearchClient client) {
    this.client = client;
    this.documentFrequencies = new DocumentFrequencyStore(client);
  }

  /** The stored articles with these ids, without their embedding; missing ones are left out. */
  public Map<String, ArticleDocument> articles(Collection<String> ids) {
    // The pages compare wording only: the embedding would weigh down every read.
    return MultiGet.found(
        client, ArticleIndex.ALIAS, ids, ArticleDocument.class, List.of(ArticleIndex.EMBEDDING));
  }

  /** The stored articles with these ids and their embedding, as placing compares them. */
  public Map<String, ArticleDocument> articlesToPlace(Collection<String> ids) {
    return MultiGet.found(client, ArticleIndex.ALIAS, ids, ArticleDocument.class, List.of());
  }

  /** The analysed words of these articles, with document frequencies from the whole corpus. */
  public Map<String, ArticleTerms> terms(Collection<String> ids) {
    Map<String, Map<String, Integer>> frequencies = new HashMap<>();
    long documents = 0;
    for (List<String> chunk : Chunks.of(ids)) {
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
}
