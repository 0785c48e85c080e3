package io.newsdesk.web;

import io.newsdesk.search.Facet;
import io.newsdesk.search.ResultOrder;
import io.newsdesk.search.SearchQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every state of a search is a URL: these build the links that change one thing (a facet value, the
 * order, the page) and keep everything else.
 */
final class SearchLinks {

  private final String path;
  private final SearchQuery query;
  private final String kept;

  SearchLinks(String path, SearchQuery query) {
    this(path, query, "");
  }

  /**
   * @param kept parameters that are not part of the search but stay on every link (an opened saved
   *     search and its "new since" mark), already encoded; empty for none
   */
  SearchLinks(String path, SearchQuery query, String kept) {
    this.path = path;
    this.query = query;
    this.kept = kept;
  }

  String current() {
    return url(query);
  }

  String toggle(Facet facet, String value) {
    Map<Facet, List<String>> include = copy(query.include());
    include.put(facet, flip(query.included(facet), value));
    return url(query.withFacets(include, query.exclude()));
  }

  String exclude(Facet facet, String value) {
    Map<Facet, List<String>> exclude = copy(query.exclude());
    exclude.put(facet, flip(query.excluded(facet), value));
    Map<Facet, List<String>> include = copy(query.include());
    include.put(facet, query.included(facet).stream().filter(v -> !v.equals(value)).toList());
    return url(query.withFacets(include, exclude));
  }

  String sort(ResultOrder sort) {
    return url(query.withSort(sort));
  }

  String page(int page) {
    return url(query.withPage(page));
  }

  String withoutDates() {
    return url(query.withDates(Optional.empty(), Optional.empty()));
  }

  /** The export of every match of the search in one format ({@code jsonl} or {@code csv}). */
  static String export(SearchQuery query, String format) {
    SearchQuery every =
        new SearchQuery(
            query.text(),
            query.include(),
            query.exclude(),
            query.from(),
            query.to(),
            query.sort(),
            1,
            SearchQuery.DEFAULT_SIZE);
    String parameters = parameters(every);
    return "/api/export?" + (parameters.isEmpty() ? "" : parameters + "&") + "format=" + format;
  }

  private static Map<Facet, List<String>> copy(Map<Facet, List<String>> values) {
    Map<Facet, List<String>> copy = new EnumMap<>(Facet.class);
    copy.putAll(values);
    return copy;
  }

  private static List<String> flip(List<String> values, String value) {
    List<String> flipped = new ArrayList<>(values);
    if (!flipped.remove(value)) {
      flipped.add(value);
    }
    return flipped;
  }

  /** The query string of a search, without the leading {@code ?}; empty parts are left out. */
  static String parameters(SearchQuery query) {
    List<String> parts = new ArrayList<>();
    if (!query.text().isBlank()) {
      parts.add("q=" + encode(query.text()));
    }
    for (Facet facet : Facet.values()) {
      query.included(facet).forEach(v -> parts.add(facet.parameter() + "=" + encode(v)));
      query.excluded(facet).forEach(v -> parts.add("not_" + facet.parameter() + "=" + encode(v)));
    }
    query.from().ifPresent(d -> parts.add("from=" + d));
    query.to().ifPresent(d -> parts.add("to=" + d));
    if (query.sort() != ResultOrder.RELEVANCE) {
      parts.add("sort=" + query.sort().parameter());
    }
    if (query.page() > 1) {
      parts.add("page=" + query.page());
    }
    if (query.size() != SearchQuery.DEFAULT_SIZE) {
      parts.add("size=" + query.size());
    }
    return String.join("&", parts);
  }

  private String url(SearchQuery target) {
    String parameters =
        Stream.of(parameters(target), kept)
            .filter(p -> !p.isEmpty())
            .collect(Collectors.joining("&"));
    return parameters.isEmpty() ? path : path + "?" + parameters;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
