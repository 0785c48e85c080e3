package io.newsdesk.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsdesk.index.ArticleDocument;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.index.ElasticCalls;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The only reader of articles: a {@link SearchQuery} in, {@link SearchResults} out. */
@ApplicationScoped
public class ArticleSearch {

  static final int FACET_SIZE_MORE = 50;

  /** The aggregation counting the matches that have every word as typed. */
  static final String AS_TYPED = "as_typed";

  static final List<String> HIT_FIELDS =
      List.of("id", "title", "outlet", "published", "url", "persons", "ingested_at");

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

  /**
   * Every article the search matches, in one query (text and filters): see {@link SearchMatches}.
   */
  public Query matches(SearchQuery query) {
    return matches.matches(query);
  }

  private Answer answer(SearchQuery query, FacetOptions options) {
    ParsedText text = parse(query);
    SearchRequest request = request(query, options, text);
    SearchResponse<HitSource> response =
        ElasticCalls.call(() -> client.search(request, HitSource.class));
    return new Answer(query, text, response);
  }

  /** The node's answer to one search, read into results. */
  private record Answer(SearchQuery query, ParsedText text, SearchResponse<HitSource> response) {

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
          response.hits().hits().stream().map(ArticleSearch::hit).toList(),
          facets(query, response.aggregations()),
          histogram(response.aggregations()),
          text.notices(),
          didYouMean,
          correctedQuery);
    }
  }

  /** The article with this id, its matches of {@code text} marked; empty when there is none. */
  public Optional<ArticleReading> article(String id, String text) {
    ParsedText parsed = ParsedText.of(text);
    SearchResponse<ArticleDocument> response =
        ElasticCalls.call(
            () ->
                client.search(
                    s ->
                        s.index(ArticleIndex.ALIAS)
                            .query(q -> q.ids(i -> i.values(id)))
                            .highlight(
                                h ->
                                    h.encoder(HighlighterEncoder.Default)
                                        .preTags(Highlights.PRE)
                                        .postTags(Highlights.POST)
                                        .highlightQuery(parsed.query())
                                        .fields("title.exact", f -> f.numberOfFragments(0))
                                        .fields("title", f -> f.numberOfFragments(0))
                                        .fields("body.exact", f -> f.numberOfFragments(0))
                                        .fields("body", f -> f.numberOfFragments(0))),
                    ArticleDocument.class));
    return response.hits().hits().stream()
        .findFirst()
        .map(
            hit -> {
              ArticleDocument article = hit.source();
              List<String> title = firstPresent(hit.highlight(), "title.exact", "title");
              List<String> body = firstPresent(hit.highlight(), "body.exact", "body");
              List<String> paragraphs =
                  body.isEmpty()
                      ? paragraphs(article.body()).map(Highlights::escape).toList()
                      : paragraphs(body.get(0)).map(Highlights::toHtml).toList();
              return new ArticleReading(
                  article,
                  title.isEmpty()
                      ? Highlights.escape(article.title())
                      : Highlights.toHtml(title.get(0)),
                  paragraphs);
            });
  }

  /** The search's text as the page, the API and export all run it. */
  ParsedText parse(SearchQuery query) {
    return matches.text(query.text());
  }

  private static Stream<String> paragraphs(String body) {
    return Arrays.stream(body.split("\\n\\s*\\n")).filter(p -> !p.isBlank());
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
              .source(src -> src.filter(f -> f.includes(HIT_FIELDS)))
              .highlight(ArticleSearch::highlight);
          Sorting.apply(s, query.sort());
          return s;
        });
  }

  /** A search and the moment after which its matches count as new. */
  public record NewSince(SearchQuery query, Instant after) {}

  /**
   * How many articles that match the query's text and filters entered the index after {@code
   * after}: the "new since" count of a saved search.
   */
  public long countIngestedAfter(SearchQuery query, Instant after) {
    return countIngestedAfter(List.of(new NewSince(query, after))).get(0);
  }

  /** The same for many searches in one request (a list of saved searches), in their order. */
  public List<Long> countIngestedAfter(List<NewSince> searches) {
    if (searches.isEmpty()) {
      return List.of();
    }
    List<RequestItem> counts = new ArrayList<>();
    for (NewSince search : searches) {
      Query matching = matches(search.query());
      Query after = ingestedAfter(search.after());
      counts.add(
          RequestItem.of(
              r ->
                  r.header(h -> h.index(ArticleIndex.ALIAS))
                      .body(
                          body ->
                              body.size(0)
                                  .trackTotalHits(t -> t.enabled(true))
                                  .query(q -> q.bool(b -> b.must(matching).filter(after))))));
    }
    MsearchResponse<Void> response =
        ElasticCalls.call(() -> client.msearch(m -> m.searches(counts), Void.class));
    return response.responses().stream()
        .map(
            item -> {
              if (item.isFailure()) {
                throw new IllegalStateException(
                    "New-since count failed: " + item.failure().error().reason());
              }
              return item.result().hits().total().value();
            })
        .toList();
  }

  /** The query's matches that entered the index last, latest first: what a feed shows. */
  public List<SearchResults.SearchHit> latestIngested(SearchQuery query, int limit) {
    Query matching = matches(query);
    SearchRequest request =
        SearchRequest.of(
            s -> {
              s.index(ArticleIndex.ALIAS)
                  .query(matching)
                  .size(limit)
                  .source(src -> src.filter(f -> f.includes(HIT_FIELDS)))
                  .highlight(ArticleSearch::highlight);
              Sorting.latestIngestedFirst(s);
              return s;
            });
    SearchResponse<HitSource> response =
        ElasticCalls.call(() -> client.search(request, HitSource.class));
    return response.hits().hits().stream().map(ArticleSearch::hit).toList();
  }

  /** The articles with these ids, in the order given; ids no longer in the index are left out. */
  public List<SearchResults.SearchHit> byIds(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    SearchResponse<HitSource> response =
        ElasticCalls.call(
            () ->
                client.search(
                    s ->
                        s.index(ArticleIndex.ALIAS)
                            .query(q -> q.ids(i -> i.values(ids)))
                            .size(ids.size())
                            .source(src -> src.filter(f -> f.includes(HIT_FIELDS))),
                    HitSource.class));
    Map<String, SearchResults.SearchHit> found = new LinkedHashMap<>();
    response.hits().hits().forEach(hit -> found.put(hit.id(), plainHit(hit)));
    return ids.stream().filter(found::containsKey).map(found::get).toList();
  }

  private static Query ingestedAfter(Instant after) {
    return Query.of(q -> q.range(r -> r.date(d -> d.field("ingested_at").gt(after.toString()))));
  }

  static Highlight.Builder highlight(Highlight.Builder h) {
    return h.encoder(HighlighterEncoder.Default)
        .preTags(Highlights.PRE)
        .postTags(Highlights.POST)
        .fields("title.exact", f -> f.numberOfFragments(0))
        .fields("title", f -> f.numberOfFragments(0))
        .fields("body.exact", f -> f.fragmentSize(180).numberOfFragments(3))
        .fields("body", f -> f.fragmentSize(180).numberOfFragments(3).noMatchSize(220));
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

  private static SearchResults.SearchHit hit(Hit<HitSource> hit) {
    return hit(hit.source(), hit.highlight());
  }

  static SearchResults.SearchHit hit(HitSource source, Map<String, List<String>> highlight) {
    List<String> titleMarks = firstPresent(highlight, "title.exact", "title");
    List<String> snippets = firstPresent(highlight, "body.exact", "body");
    return new SearchResults.SearchHit(
        source.id(),
        source.title(),
        titleMarks.isEmpty()
            ? Highlights.escape(source.title())
            : Highlights.toHtml(titleMarks.get(0)),
        source.outlet(),
        source.published(),
        source.url(),
        Highlights.toHtml(snippets),
        source.persons() == null ? List.of() : source.persons(),
        source.ingestedAt());
  }

  /** A hit without highlights, for lists that are not a text search. */
  static SearchResults.SearchHit plainHit(Hit<HitSource> hit) {
    HitSource source = hit.source();
    return new SearchResults.SearchHit(
        source.id(),
        source.title(),
        Highlights.escape(source.title()),
        source.outlet(),
        source.published(),
        source.url(),
        List.of(),
        source.persons() == null ? List.of() : source.persons(),
        source.ingestedAt());
  }

  private static List<String> firstPresent(Map<String, List<String>> highlight, String... fields) {
    for (String field : fields) {
      List<String> fragments = highlight.get(field);
      if (fragments != null && !fragments.isEmpty()) {
        return fragments;
      }
    }
    return List.of();
  }

  /** The stored fields a result shows. */
  record HitSource(
      String id,
      String title,
      String outlet,
      LocalDate published,
      String url,
      List<String> persons,
      Instant ingestedAt) {}
}
