package io.newsdesk.saved;

import io.newsdesk.search.Facet;
import io.newsdesk.search.ResultOrder;
import io.newsdesk.search.SearchQuery;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A saved search's query as stored: text, filters and sort, facets keyed by their URL parameter so
 * that a facet added later reads back as no filter. Page and page size are not kept.
 */
record StoredQuery(
    String q,
    Map<String, List<String>> include,
    Map<String, List<String>> exclude,
    LocalDate from,
    LocalDate to,
    String sort) {

  static StoredQuery of(SearchQuery query) {
    return new StoredQuery(
        query.text(),
        byParameter(query.include()),
        byParameter(query.exclude()),
        query.from().orElse(null),
        query.to().orElse(null),
        query.sort().parameter());
  }

  SearchQuery toSearchQuery() {
    return new SearchQuery(
        q == null ? "" : q,
        byFacet(include),
        byFacet(exclude),
        Optional.ofNullable(from),
        Optional.ofNullable(to),
        ResultOrder.fromParameter(sort).orElse(ResultOrder.RELEVANCE),
        1,
        SearchQuery.DEFAULT_SIZE);
  }

  private static Map<String, List<String>> byParameter(Map<Facet, List<String>> values) {
    Map<String, List<String>> stored = new LinkedHashMap<>();
    values.forEach((facet, list) -> stored.put(facet.parameter(), list));
    return stored;
  }

  private static Map<Facet, List<String>> byFacet(Map<String, List<String>> stored) {
    Map<Facet, List<String>> values = new EnumMap<>(Facet.class);
    if (stored != null) {
      stored.forEach(
          (parameter, list) ->
              Facet.fromParameter(parameter).ifPresent(facet -> values.put(facet, list)));
    }
    return values;
  }
}
