package io.newsdesk.web;

import io.newsdesk.search.Facet;
import io.newsdesk.search.FacetOptions;
import io.newsdesk.search.ResultOrder;
import io.newsdesk.search.SearchQuery;
import io.newsdesk.search.SearchResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the search page shows, with every link already built. */
record SearchView(
    SearchQuery query,
    SearchResults results,
    List<FacetGroup> facets,
    List<HitView> hits,
    List<Link> sorts,
    List<Link> pages,
    List<Bar> histogram,
    String clearDates) {

  /** A link with a label; {@code active} marks the current choice. */
  record Link(String label, String url, boolean active) {}

  /** One facet value with its count and the links that pick or exclude it. */
  record FacetValue(String value, long count, boolean selected, String toggle, String exclude) {

    /** What a screen reader says after the count. */
    public String countText() {
      return (count == 1 ? " result" : " results")
          + (selected ? ", selected; select to remove" : "");
    }
  }

  /**
   * A facet's box: its label, parameter, the top values, the rest behind a "more" control, the
   * values currently excluded, and the text being looked for among its values.
   */
  record FacetGroup(
      String label,
      String parameter,
      List<FacetValue> values,
      List<FacetValue> more,
      List<Link> excluded,
      String within) {}

  /** A hidden form field that carries the current search into a facet's own form. */
  record Field(String name, String value) {}

  static final int SHOWN_VALUES = 10;

  /** A result with its link and its people as filter links. */
  record HitView(SearchResults.SearchHit hit, String url, List<Link> persons) {}

  /** One day of the histogram, drawn as an SVG bar (no inline style: the CSP forbids it). */
  record Bar(String date, long count, int x, int y, int height, String url) {}

  static final int BAR_STEP = 12;
  static final int CHART_HEIGHT = 60;

  public String totalText() {
    return results.total() + (results.total() == 1 ? " result" : " results");
  }

  /** The link that runs the suggested spelling with the same filters, or empty. */
  public String didYouMeanUrl() {
    return results
        .didYouMean()
        .map(text -> new SearchLinks("/search", query.withText(text)).current())
        .orElse("");
  }

  /** The link that runs the text exactly as typed, when the results are for a respelling. */
  public String asTypedUrl() {
    if (results.correctedQuery().isEmpty()) {
      return "";
    }
    return new SearchLinks(
            "/search", query, SearchParameters.SPELLING + "=" + SearchParameters.AS_TYPED)
        .current();
  }

  public String fromValue() {
    return query.from().map(Object::toString).orElse("");
  }

  public String toValue() {
    return query.to().map(Object::toString).orElse("");
  }

  /** The same search grouped by outlet. */
  public String sourcesUrl() {
    return new SearchLinks("/sources", query).page(1);
  }

  /** The stories of the same search. */
  public String exportCsvUrl() {
    return SearchLinks.export(query, "csv");
  }

  public String exportJsonlUrl() {
    return SearchLinks.export(query, "jsonl");
  }

  public String storiesUrl() {
    return new SearchLinks("/stories", query).page(1);
  }

  public int chartWidth() {
    return Math.max(BAR_STEP, histogram.size() * BAR_STEP);
  }

  private static final Map<Facet, String> LABELS =
      Map.of(
          Facet.PERSON, "People",
          Facet.ORGANIZATION, "Organisations",
          Facet.PLACE, "Places",
          Facet.OUTLET, "Outlets");

  /**
   * @param kept parameters every link keeps besides the search's own (see {@link SearchLinks})
   */
  static SearchView of(
      String path, SearchQuery query, FacetOptions options, SearchResults results, String kept) {
    SearchLinks links = new SearchLinks(path, query, kept);
    List<FacetGroup> facets = new ArrayList<>();
    for (Facet facet : List.of(Facet.PERSON, Facet.ORGANIZATION, Facet.PLACE, Facet.OUTLET)) {
      List<FacetValue> values =
          results.facets().getOrDefault(facet, List.of()).stream()
              .map(
                  v ->
                      new FacetValue(
                          v.value(),
                          v.count(),
                          v.selected(),
                          links.toggle(facet, v.value()),
                          links.exclude(facet, v.value())))
              .toList();
      List<Link> excluded =
          query.excluded(facet).stream()
              .map(v -> new Link(v, links.exclude(facet, v), true))
              .toList();
      facets.add(
          new FacetGroup(
              LABELS.get(facet),
              facet.parameter(),
              values.subList(0, Math.min(SHOWN_VALUES, values.size())),
              values.subList(Math.min(SHOWN_VALUES, values.size()), values.size()),
              excluded,
              options.within().getOrDefault(facet, "")));
    }
    String queryString = SearchLinks.parameters(query);
    List<HitView> hits =
        results.hits().stream()
            .map(
                hit ->
                    new HitView(
                        hit,
                        PathSegments.articleUrl(hit.id(), query.text()),
                        hit.persons().stream()
                            .limit(6)
                            .map(p -> new Link(p, links.toggle(Facet.PERSON, p), false))
                            .toList()))
            .toList();
    List<Link> sorts = new ArrayList<>();
    for (ResultOrder sort : ResultOrder.values()) {
      String label =
          sort.parameter().substring(0, 1).toUpperCase(Locale.ROOT) + sort.parameter().substring(1);
      sorts.add(new Link(label, links.sort(sort), sort == query.sort()));
    }
    long max =
        results.published().stream().mapToLong(SearchResults.DateCount::count).max().orElse(1);
    List<Bar> histogram = new ArrayList<>();
    for (SearchResults.DateCount d : results.published()) {
      int height = (int) Math.max(3, d.count() * CHART_HEIGHT / max);
      histogram.add(
          new Bar(
              d.date().toString(),
              d.count(),
              histogram.size() * BAR_STEP,
              CHART_HEIGHT - height,
              height,
              new SearchLinks(path, day(query, d), kept).current()));
    }
    return new SearchView(
        query,
        results,
        facets,
        hits,
        sorts,
        pageLinks(links, query.page(), results.pages()),
        histogram,
        queryString.contains("from=") || queryString.contains("to=") ? links.withoutDates() : "");
  }

  /** The current search as form fields, so a facet's "find" form keeps it. */
  public List<Field> fields() {
    return fieldsBut(Set.of("page"));
  }

  /** The same without the dates, for the date form, which sets them. */
  public List<Field> fieldsWithoutDates() {
    return fieldsBut(Set.of("page", "from", "to"));
  }

  private List<Field> fieldsBut(Set<String> leftOut) {
    List<Field> fields = new ArrayList<>();
    QueryStrings.parse(SearchLinks.parameters(query))
        .forEach(
            (name, values) -> {
              if (!leftOut.contains(name)) {
                values.forEach(value -> fields.add(new Field(name, value)));
              }
            });
    return fields;
  }

  private static SearchQuery day(SearchQuery query, SearchResults.DateCount day) {
    return query.withDates(Optional.of(day.date()), Optional.of(day.date()));
  }

  private static List<Link> pageLinks(SearchLinks links, int current, long last) {
    List<Link> pages = new ArrayList<>();
    if (current > 1) {
      pages.add(new Link("Previous", links.page(current - 1), false));
    }
    long start = Math.max(1, current - 3);
    long end = Math.min(last, current + 3);
    for (long p = start; p <= end; p++) {
      pages.add(new Link(Long.toString(p), links.page((int) p), p == current));
    }
    if (current < last) {
      pages.add(new Link("Next", links.page(current + 1), false));
    }
    return pages;
  }
}
