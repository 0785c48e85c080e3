package io.newsdesk.stories;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.TermvectorsResponse;
import co.elastic.clients.elasticsearch.core.termvectors.TermVector;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.index.Chunks;
import io.newsdesk.index.ElasticCalls;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many articles have each analysed term (the larger of headline and body), for tf-idf weights.
 *
 * <p>Term vectors with term statistics seek every term of an article in every segment; placing
 * reads them for each new article and each of its candidates, and at 100,000 articles that cost
 * more than all the rest. So term vectors are read without statistics, and the frequencies of the
 * terms come from here: looked up once, for many terms at a time, as an artificial document whose
 * words are taken as they are. Common terms are kept: a few more articles barely move their weight,
 * and the whole cache is dropped when the corpus has grown by a tenth. Rare terms, an event's own
 * words, are looked up every time, as they are the ones whose weight changes when the next report
 * of the event arrives.
 */
final class DocumentFrequencyStore {

  /** Terms in at least this many articles are kept between lookups. */
  static final int KEPT_FROM = 20;

  private static final int MAX_KEPT = 300_000;
  private static final int TERMS_PER_LOOKUP = 20_000;

  private final ElasticsearchClient client;
  private final Map<String, Integer> kept = new ConcurrentHashMap<>();
  private volatile long keptAt;

  DocumentFrequencyStore(ElasticsearchClient client) {
    this.client = client;
  }

  /** The frequency of each term (at least 1: an article's own term is in the corpus). */
  Map<String, Integer> of(Collection<String> terms, long documentCount) {
    if (documentCount > keptAt * 11 / 10 || kept.size() > MAX_KEPT) {
      kept.clear();
      keptAt = documentCount;
    }
    Map<String, Integer> found = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (String term : terms) {
      Integer df = kept.get(term);
      if (df != null) {
        found.put(term, df);
      } else {
        missing.add(term);
      }
    }
    for (List<String> chunk : Chunks.of(missing, TERMS_PER_LOOKUP)) {
      Map<String, Integer> looked = lookUp(chunk);
      looked.forEach(
          (term, df) -> {
            if (df >= KEPT_FROM) {
              kept.put(term, df);
            }
          });
      found.putAll(looked);
    }
    terms.forEach(term -> found.merge(term, 1, Math::max));
    return found;
  }

  private Map<String, Integer> lookUp(List<String> terms) {
    // Analysed terms have no spaces: joined by spaces and split by whitespace, each stays itself.
    String words = String.join(" ", terms);
    TermvectorsResponse response =
        ElasticCalls.call(
            () ->
                client.termvectors(
                    t ->
                        t.index(ArticleIndex.ALIAS)
                            .doc(Map.of("title", words, "body", words))
                            .perFieldAnalyzer(Map.of("title", "whitespace", "body", "whitespace"))
                            .fields("title", "body")
                            .termStatistics(true)
                            .fieldStatistics(false)
                            .positions(false)
                            .offsets(false)
                            .payloads(false)));
    Map<String, Integer> frequencies = new HashMap<>();
    for (TermVector field : response.termVectors().values()) {
      field
          .terms()
          .forEach(
              (term, stats) -> {
                if (stats.docFreq() != null) {
                  frequencies.merge(term, stats.docFreq(), Math::max);
                }
              });
    }
    return frequencies;
  }
}
