package io.newsdesk.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.index.ElasticCalls;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The search page's (and the search API's) reader of articles: a {@link SearchQuery} in, one page
 * of {@link SearchResults} out, with facet counts, the date histogram and a respelling.
 */
@ApplicationScoped
public class ArticleSearch {

  static final int FACET_SIZE_MORE = 50;

  /** The aggregation counting the matches that have every word as typed. */
  static final String AS_TYPED = "as_typed";

  private final ElasticsearchClient client;
  private final DidYouMean didYouMean;
  private final SearchMatches matches;

  ArticleSearch(ElasticsearchClient client, SearchMatches matches) {
    this.client = client;
    this.matches = matches;
    this.didYouMean = new DidYouMean(client);
  }

  /** Whether a search's text may be respelled when another spelling finds clearly more. */
  public enum Spelling {
    CORRECTED,
    AS_TYPED
  }

  public SearchResults search(SearchQuery query) {
    return search(query, FacetOptions.none());
  }

  public SearchResults search(SearchQuery query, FacetOptions options) {
    return search(query, options, Spelling.CORRECTED);
  }

  /**
   * One page of results. When few articles have all the words as typed and a respelling has clearly
   * more, the results are the respelling's ({@link SearchResults#correctedQuery}), unless the text
   * is to be searched as typed; then the respelling is only suggested.
   */
  public SearchResults search(SearchQuery query, FacetOptions options, Spelling spelling) {
    Answer answer = answer(query, options);
    if (answer.allWordsAsTyped() >= DidYouMean.FEW) {
      return answer.results(Optional.empty(), Optional.empty());
    }
    Optional<String> respelled =
        didYouMean.suggest(query.text(), answer.allWordsAsTyped(), new FacetFilters(query).all());
    if (respelled.isEmpty() || spelling == Spelling.AS_TYPED) {
      return answer.results(respelled, Optional.empty());
    }
    SearchQuery corrected =
        new SearchQuery(
            respelled.get(),
            query.include(),
            query.exclude(),
            query.from(),
            query.to(),
            query.sort(),
            query.page(),
            query.size());
    return answer(corrected, options).results(Optional.empty(), respelled);
  }

  private Answer answer(SearchQuery query, FacetOptions options) {
    ParsedText text = parse(query);
    SearchRequest request = request(query, options, text);
    SearchResponse<ArticleHits.HitSource> response =
        ElasticCalls.call(() -> client.search(request, ArticleHits.HitSource.class));
    return new Answer(query, text, response);
  }

  /** The node's answer to one search, read into results. */
  private record Answer(
      SearchQuery query, ParsedText text, SearchResponse<ArticleHits.HitSource> response) {

    long total() {
      return response.hits().total() == null ? 0 : response.hits().total().value();
    }

    /** How many matches have every word as typed; all of them when the text has no words. */
    long allWordsAsTyped() {
      Aggregate asTyped = response.aggregations().get(AS_TYPED);
      return asTyped == null ? total() : asTyped.filter().docCount();
    }

    SearchResults results(Optional<String> didYouMean, Optional<String> correctedQuery) {
      return new SearchResults(
          total(),
          response.took(),
          query.page(),
          query.size(),
          response.hits().hits().stream().map(ArticleHits::hit).toList(),
          facets(query, response.aggregations()),
          histogram(response.aggregations()),
          text.notices(),
          didYouMean,
          correctedQuery);
    }
  }

  /** The search's text as the page, the API and export all run it. */
  private ParsedText parse(SearchQuery query) {
    return matches.text(query.text());
  }

  /** Package-private so the search benchmark can send the very same request to the node. */
  SearchRequest request(SearchQuery query, FacetOptions options, ParsedText text) {
    FacetFilters filters = new FacetFilters(query);
    Map<String, Aggregation> aggregations = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      aggregations.put(
          facet.parameter(),
          facetAggregation(
              facet, query, Optional.ofNullable(options.within().get(facet)), filters));
    }
    aggregations.put(
        "published",
        Aggregation.of(
            a ->
                a.filter(f -> f.bool(b -> b.filter(filters.allButDates())))
                    .aggregations(
                        "days",
                        Aggregation.of(
                            d ->
                                d.dateHistogram(
                                    h ->
                                        h.field("published")
                                            .calendarInterval(CalendarInterval.Day)
                                            .minDocCount(1))))));
    text.asTyped()
        .ifPresent(
            asTyped ->
                aggregations.put(
                    AS_TYPED,
                    Aggregation.of(
                        a -> a.filter(f -> f.bool(b -> b.must(asTyped).filter(filters.all()))))));
    return SearchRequest.of(
        s -> {
          s.index(ArticleIndex.ALIAS)
              .query(text.query())
              .postFilter(p -> p.bool(b -> b.filter(filters.all())))
              .aggregations(aggregations)
              .from((query.page() - 1) * query.size())
              .size(query.size())
              .trackTotalHits(t -> t.enabled(true))
              .source(src -> src.filter(f -> f.includes(ArticleHits.HIT_FIELDS)))
              .highlight(ArticleHits::highlight);
          Sorting.apply(s, query.sort());
          return s;
        });
  }

  private static Aggregation facetAggregation(
      Facet facet, SearchQuery query, Optional<String> within, FacetFilters filters) {
    List<String> selected = query.included(facet);
    Map<String, Aggregation> values = new LinkedHashMap<>();
    values.put(
        "top",
        Aggregation.of(
            a ->
                a.terms(
                    t -> {
                      t.field(facet.field()).size(FACET_SIZE_MORE);
                      within.ifPresent(w -> t.include(i -> i.regexp(FacetPatterns.containing(w))));
                      return t;
                    })));
    if (!selected.isEmpty()) {
      // Picked values are counted on their own so they show even outside the top values.
      values.put(
          "picked",
          Aggregation.of(
              a ->
                  a.terms(
                      t ->
                          t.field(facet.field())
                              .size(selected.size())
                              .include(i -> i.terms(selected)))));
    }
    return Aggregation.of(
        a -> a.filter(f -> f.bool(b -> b.filter(filters.allBut(facet)))).aggregations(values));
  }

  private static Map<Facet, List<SearchResults.FacetCount>> facets(
      SearchQuery query, Map<String, Aggregate> aggregations) {
    Map<Facet, List<SearchResults.FacetCount>> facets = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      var scope = aggregations.get(facet.parameter()).filter().aggregations();
      Map<String, Long> counts = new LinkedHashMap<>();
      for (StringTermsBucket bucket : scope.get("top").sterms().buckets().array()) {
        counts.put(bucket.key().stringValue(), bucket.docCount());
      }
      List<String> selected = query.included(facet);
      if (scope.containsKey("picked")) {
        for (StringTermsBucket bucket : scope.get("picked").sterms().buckets().array()) {
          counts.putIfAbsent(bucket.key().stringValue(), bucket.docCount());
        }
      }
      List<SearchResults.FacetCount> values = new ArrayList<>();
      counts.forEach(
          (value, count) ->
              values.add(new SearchResults.FacetCount(value, count, selected.contains(value))));
      for (String value : selected) {
        if (!counts.containsKey(value)) {
          values.add(new SearchResults.FacetCount(value, 0, true));
        }
      }
      facets.put(facet, List.copyOf(values));
    }
    return facets;
  }

  private static List<SearchResults.DateCount> histogram(Map<String, Aggregate> aggregations) {
    return aggregations
        .get("published")
        .filter()
        .aggregations()
        .get("days")
        .dateHistogram()
        .buckets()
        .array()
        .stream()
        .map(
            bucket ->
                new SearchResults.DateCount(
                    LocalDate.ofInstant(Instant.ofEpochMilli(bucket.key()), ZoneOffset.UTC),
                    bucket.docCount()))
        .toList();
  }
}
