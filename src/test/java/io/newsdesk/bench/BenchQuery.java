package io.newsdesk.bench;

import io.newsdesk.search.Facet;
import io.newsdesk.search.ResultOrder;
import io.newsdesk.search.SearchQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/** One search of the benchmark's mix, as URL parameters for the portal and as a query record. */
record BenchQuery(
    String text,
    Map<Facet, List<String>> filters,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    ResultOrder sort,
    int page) {

  /** The parameters the search page and {@code /api/search} read. */
  String urlQuery() {
    StringJoiner query = new StringJoiner("&");
    query.add("q=" + encode(text));
    filters.forEach(
        (facet, values) -> values.forEach(v -> query.add(facet.parameter() + "=" + encode(v))));
    from.ifPresent(d -> query.add("from=" + d));
    to.ifPresent(d -> query.add("to=" + d));
    query.add("sort=" + sort.parameter());
    query.add("page=" + page);
    return query.toString();
  }

  /** The same search as the portal reads it from {@link #urlQuery()}. */
  SearchQuery searchQuery() {
    return new SearchQuery(text, filters, Map.of(), from, to, sort, page, SearchQuery.DEFAULT_SIZE);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
