package io.newsdesk.search;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything that defines one search: the text, the facet values picked or excluded, the date
 * range, the order and the page. The same record backs the pages, the API and saved searches.
 */
public record SearchQuery(
    String text,
    Map<Facet, List<String>> include,
    Map<Facet, List<String>> exclude,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    ResultOrder sort,
    int page,
    int size) {

  public static final int DEFAULT_SIZE = 10;
  public static final int MAX_SIZE = 100;

  /** Results beyond this rank are not served; deep pages must narrow the search instead. */
  public static final int MAX_RESULT_WINDOW = 10_000;

  public SearchQuery {
    include = copy(include);
    exclude = copy(exclude);
  }

  public static SearchQuery of(String text) {
    return new SearchQuery(
        text,
        Map.of(),
        Map.of(),
        Optional.empty(),
        Optional.empty(),
        ResultOrder.RELEVANCE,
        1,
        DEFAULT_SIZE);
  }

  public SearchQuery withText(String newText) {
    return new SearchQuery(newText, include, exclude, from, to, sort, 1, size);
  }

  public SearchQuery withFacets(
      Map<Facet, List<String>> newInclude, Map<Facet, List<String>> newExclude) {
    return new SearchQuery(text, newInclude, newExclude, from, to, sort, 1, size);
  }

  public SearchQuery withDates(Optional<LocalDate> newFrom, Optional<LocalDate> newTo) {
    return new SearchQuery(text, include, exclude, newFrom, newTo, sort, 1, size);
  }

  public SearchQuery withSort(ResultOrder newSort) {
    return new SearchQuery(text, include, exclude, from, to, newSort, 1, size);
  }

  public SearchQuery withPage(int newPage) {
    return new SearchQuery(text, include, exclude, from, to, sort, newPage, size);
  }

  public List<String> included(Facet facet) {
    return include.getOrDefault(facet, List.of());
  }

  public List<String> excluded(Facet facet) {
    return exclude.getOrDefault(facet, List.of());
  }

  private static Map<Facet, List<String>> copy(Map<Facet, List<String>> values) {
    Map<Facet, List<String>> copy = new EnumMap<>(Facet.class);
    values.forEach(
        (facet, list) -> {
          List<String> clean = list.stream().filter(v -> !v.isBlank()).distinct().toList();
          if (!clean.isEmpty()) {
            copy.put(facet, clean);
          }
        });
    return Map.copyOf(copy);
  }
}
