package io.newsdesk.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.index.ElasticCalls;
import io.newsdesk.index.EntityStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Entity pages: one request for the articles side, one for the stored spellings. */
@ApplicationScoped
public class EntityProfiles {

  private final ElasticsearchClient client;

  EntityProfiles(ElasticsearchClient client) {
    this.client = client;
  }

  /** The profile of the entity with this canonical name; empty when no article names it. */
  public Optional<EntityProfile> profile(Facet facet, String name) {
    if (facet == Facet.OUTLET) {
      return Optional.empty();
    }
    Query named = Query.of(q -> q.term(t -> t.field(facet.field()).value(FieldValue.of(name))));
    Map<String, Aggregation> aggregations = new LinkedHashMap<>();
    aggregations.put("outlets", Aggregation.of(a -> a.terms(t -> t.field("outlet").size(20))));
    aggregations.put(
        "days",
        Aggregation.of(
            a ->
                a.dateHistogram(
                    h ->
                        h.field("published")
                            .calendarInterval(CalendarInterval.Day)
                            .minDocCount(1))));
    for (Facet other : List.of(Facet.PERSON, Facet.ORGANIZATION, Facet.PLACE)) {
      aggregations.put(
          other.parameter(),
          Aggregation.of(
              a ->
                  a.terms(
                      t -> t.field(other.field()).size(10).exclude(e -> e.terms(List.of(name))))));
    }
    var response =
        ElasticCalls.call(
            () ->
                client.search(
                    s ->
                        s.index(ArticleIndex.ALIAS)
                            .query(named)
                            .size(20)
                            .trackTotalHits(t -> t.enabled(true))
                            .source(
                                src ->
                                    src.filter(
                                        f ->
                                            f.includes(
                                                "id",
                                                "title",
                                                "outlet",
                                                "published",
                                                "url",
                                                "persons")))
                            // Newest first, then by id: every copy of the index lists them alike.
                            .sort(Sorting.options(ResultOrder.NEWEST))
                            .aggregations(aggregations),
                    ArticleHits.HitSource.class));
    long total = response.hits().total() == null ? 0 : response.hits().total().value();
    if (total == 0) {
      return Optional.empty();
    }
    Map<String, Aggregate> aggs = response.aggregations();
    Map<String, List<SearchResults.FacetCount>> withOthers = new LinkedHashMap<>();
    for (Facet other : List.of(Facet.PERSON, Facet.ORGANIZATION, Facet.PLACE)) {
      withOthers.put(other.parameter(), counts(aggs.get(other.parameter())));
    }
    AliasesOnly spellings = aliases(facet, name);
    return Optional.of(
        new EntityProfile(
            facet.parameter(),
            name,
            spellings.aliases(),
            spellings.aliasArticles() == null ? Map.of() : spellings.aliasArticles(),
            total,
            counts(aggs.get("outlets")),
            aggs.get("days").dateHistogram().buckets().array().stream()
                .map(
                    b ->
                        new SearchResults.DateCount(
                            LocalDate.ofInstant(Instant.ofEpochMilli(b.key()), ZoneOffset.UTC),
                            b.docCount()))
                .toList(),
            withOthers,
            response.hits().hits().stream().map(ArticleHits::plainHit).toList()));
  }

  private AliasesOnly aliases(Facet facet, String name) {
    var response =
        ElasticCalls.call(
            () ->
                client.search(
                    s ->
                        s.index(EntityStore.ALIAS)
                            .size(1)
                            .query(
                                q ->
                                    q.bool(
                                        b ->
                                            b.filter(f -> f.term(t -> t.field("name").value(name)))
                                                .filter(
                                                    f ->
                                                        f.term(
                                                            t ->
                                                                t.field("type")
                                                                    .value(facet.name()))))),
                    AliasesOnly.class));
    return response.hits().hits().stream()
        .findFirst()
        .map(h -> h.source())
        .orElse(new AliasesOnly(List.of(name), Map.of()));
  }

  private static List<SearchResults.FacetCount> counts(Aggregate aggregate) {
    return aggregate.sterms().buckets().array().stream()
        .map(b -> new SearchResults.FacetCount(b.key().stringValue(), b.docCount(), false))
        .toList();
  }

  /** The stored spellings of an entity and how many articles use each. */
  record AliasesOnly(List<String> aliases, Map<String, Integer> aliasArticles) {}
}
