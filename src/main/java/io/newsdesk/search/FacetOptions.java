package io.newsdesk.search;

import java.util.EnumMap;
import java.util.Map;

/**
 * How facets are listed, apart from the search itself: text to look for within a facet's values
 * ("Zel" among the people), so a value outside the top ones can still be found and picked.
 */
public record FacetOptions(Map<Facet, String> within) {

  public FacetOptions {
    Map<Facet, String> copy = new EnumMap<>(Facet.class);
    within.forEach(
        (facet, text) -> {
          if (text != null && !text.isBlank()) {
            copy.put(facet, text.strip());
          }
        });
    within = Map.copyOf(copy);
  }

  public static FacetOptions none() {
    return new FacetOptions(Map.of());
  }
}
