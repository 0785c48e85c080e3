package io.newsdesk.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The filters of a search, built so that any one facet's filter can be left out: that is how each
 * facet counts what picking one of its other values would give (values of one facet combine with
 * OR, facets with AND).
 */
final class FacetFilters {

  private final SearchQuery query;

  FacetFilters(SearchQuery query) {
    this.query = query;
  }

  /** All filters. */
  List<Query> all() {
    return allBut(Optional.empty(), false);
  }

  /** All filters except those of one facet (its picks; exclusions always apply). */
  List<Query> allBut(Facet facet) {
    return allBut(Optional.of(facet), false);
  }

  /** All filters except the date range, for the histogram. */
  List<Query> allButDates() {
    return allBut(Optional.empty(), true);
  }

  private List<Query> allBut(Optional<Facet> left, boolean leaveDates) {
    List<Query> filters = new ArrayList<>();
    for (Facet facet : Facet.values()) {
      List<String> picked = query.included(facet);
      if (!picked.isEmpty() && left.filter(facet::equals).isEmpty()) {
        filters.add(terms(facet, picked));
      }
      List<String> excluded = query.excluded(facet);
      if (!excluded.isEmpty()) {
        filters.add(Query.of(q -> q.bool(b -> b.mustNot(terms(facet, excluded)))));
      }
    }
    if (!leaveDates && (query.from().isPresent() || query.to().isPresent())) {
      filters.add(
          Query.of(
              q ->
                  q.range(
                      r ->
                          r.untyped(
                              u -> {
                                u.field("published");
                                query.from().ifPresent(d -> u.gte(JsonData.of(d.toString())));
                                query.to().ifPresent(d -> u.lte(JsonData.of(d.toString())));
                                return u;
                              }))));
    }
    return filters;
  }

  private static Query terms(Facet facet, List<String> values) {
    List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
    return Query.of(q -> q.terms(t -> t.field(facet.field()).terms(v -> v.value(fieldValues))));
  }
}
