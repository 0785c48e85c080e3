package io.newsdesk.web;

import io.newsdesk.search.Facet;
import io.newsdesk.search.SearchQuery;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A saved search's query in the API: the parameters of {@code /api/search} as a JSON object, facets
 * as lists of values. Read through {@link SearchParameters}, so it is checked the same way.
 */
final class SavedQueryJson {

  private static final Set<String> SINGLE = Set.of("q", "from", "to", "sort");

  private SavedQueryJson() {}

  /** Every parameter, empty ones included, so the shape never changes. */
  static Map<String, Object> write(SearchQuery query) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("q", query.text());
    for (Facet facet : Facet.values()) {
      json.put(facet.parameter(), query.included(facet));
    }
    for (Facet facet : Facet.values()) {
      json.put("not_" + facet.parameter(), query.excluded(facet));
    }
    json.put("from", query.from().map(Object::toString).orElse(null));
    json.put("to", query.to().map(Object::toString).orElse(null));
    json.put("sort", query.sort().parameter());
    return json;
  }

  static SearchQuery read(Map<String, Object> json) {
    List<String> known = names();
    MultivaluedMap<String, String> parameters = new MultivaluedHashMap<>();
    for (Map.Entry<String, Object> entry : json.entrySet()) {
      String name = entry.getKey();
      Object value = entry.getValue();
      if (!known.contains(name)) {
        throw new BadParameterException(
            "query." + name,
            name + " is not a saved search parameter; they are " + String.join(", ", known));
      }
      if (value == null) {
        continue;
      }
      if (value instanceof String text) {
        parameters.add(name, text);
      } else if (value instanceof List<?> list && !SINGLE.contains(name)) {
        for (Object item : list) {
          if (!(item instanceof String text)) {
            throw new BadParameterException("query." + name, name + " must list strings");
          }
          parameters.add(name, text);
        }
      } else {
        throw new BadParameterException(
            "query." + name,
            name + (SINGLE.contains(name) ? " must be a string" : " must be a list of strings"));
      }
    }
    return SearchParameters.read(parameters);
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>(List.of("q"));
    for (Facet facet : Facet.values()) {
      names.add(facet.parameter());
      names.add("not_" + facet.parameter());
    }
    names.addAll(List.of("from", "to", "sort"));
    return names;
  }
}
