package io.newsdesk.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import io.newsdesk.index.ElasticCalls;
import io.newsdesk.index.EntityStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which canonical entities a typed word or phrase names, by any of their spellings: "Zelenskiy"
 * names the person filed as "Volodymyr Zelensky", so the search finds every article about him.
 * Answers are cached briefly; one multi-search asks for all the uncached terms of a query.
 */
@ApplicationScoped
public class EntityNames {

  static final int ENTITIES_PER_TERM = 3;
  static final Duration TTL = Duration.ofMinutes(1);
  static final int CACHE_SIZE = 5_000;

  private record Cached(List<Query> filters, Instant at) {}

  private final ElasticsearchClient client;
  private final Map<String, Cached> cache =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
              return size() > CACHE_SIZE;
            }
          });

  EntityNames(ElasticsearchClient client) {
    this.client = client;
  }

  /** For each text, filters on the facet fields of the entities it names (none: absent). */
  Map<String, List<Query>> lookup(List<String> texts) {
    Map<String, List<Query>> found = new HashMap<>();
    List<String> missing = new ArrayList<>();
    Instant now = Instant.now();
    for (String text : texts) {
      Cached cached = cache.get(key(text));
      if (cached != null && cached.at().plus(TTL).isAfter(now)) {
        found.put(text, cached.filters());
      } else {
        missing.add(text);
      }
    }
    if (!missing.isEmpty()) {
      List<List<Query>> answers = ask(missing);
      for (int i = 0; i < missing.size(); i++) {
        cache.put(key(missing.get(i)), new Cached(answers.get(i), now));
        found.put(missing.get(i), answers.get(i));
      }
    }
    found.values().removeIf(List::isEmpty);
    return found;
  }

  private List<List<Query>> ask(List<String> texts) {
    MsearchRequest.Builder request = new MsearchRequest.Builder().index(EntityStore.ALIAS);
    for (String text : texts) {
      request.searches(
          s ->
              s.header(h -> h)
                  .body(
                      b ->
                          b.size(ENTITIES_PER_TERM)
                              .source(src -> src.filter(f -> f.includes("type", "name")))
                              .query(
                                  q ->
                                      q.match(
                                          m ->
                                              m.field("aliases.text")
                                                  .query(text)
                                                  .operator(Operator.And)))));
    }
    var response = ElasticCalls.call(() -> client.msearch(request.build(), Named.class));
    List<List<Query>> answers = new ArrayList<>();
    for (MultiSearchResponseItem<Named> item : response.responses()) {
      List<Query> filters = new ArrayList<>();
      if (item.isResult()) {
        item.result().hits().hits().forEach(hit -> filters.add(hit.source().filter()));
      }
      answers.add(List.copyOf(filters));
    }
    return answers;
  }

  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /** An entity as the lookup reads it. */
  record Named(String type, String name) {

    Query filter() {
      Facet facet = Facet.valueOf(type);
      return Query.of(q -> q.term(t -> t.field(facet.field()).value(FieldValue.of(name))));
    }
  }
}
