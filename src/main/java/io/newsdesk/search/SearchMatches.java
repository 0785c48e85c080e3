package io.newsdesk.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.newsdesk.enrich.SentenceEmbedder;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which articles a search matches: its words (graded, names and their spellings, typing errors) or
 * its meaning, less its exclusions, within its filters. The one definition behind the results,
 * their total and facets, the "new since" counts and anything that walks every match.
 */
@ApplicationScoped
public class SearchMatches {

  static final int CACHED_VECTORS = 2_000;

  private final EntityNames names;
  private final SentenceEmbedder embedder;

  // Searches repeat (pages, facets, saved searches): their embedding is computed once.
  private final Map<String, Optional<float[]>> vectors =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Optional<float[]>> eldest) {
              return size() > CACHED_VECTORS;
            }
          });

  SearchMatches(EntityNames names, SentenceEmbedder embedder) {
    this.names = names;
    this.embedder = embedder;
  }

  /** The search's text as a query, with what the parser forgave. */
  ParsedText text(String text) {
    return ParsedText.of(text, names, this::vector);
  }

  /** Every article the search matches, whatever the order: text and filters in one query. */
  public Query matches(SearchQuery query) {
    Query text = text(query.text()).query();
    return Query.of(q -> q.bool(b -> b.must(text).filter(new FacetFilters(query).all())));
  }

  private Optional<float[]> vector(String text) {
    Optional<float[]> cached = vectors.get(text);
    if (cached != null) {
      return cached;
    }
    Optional<float[]> computed = embedder.query(text);
    vectors.put(text, computed);
    return computed;
  }
}
