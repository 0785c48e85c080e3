package io.newsdesk.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsdesk.article.EntityMention;
import io.newsdesk.article.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Rewrites stored articles when an entity's display name changes, so a person stays one facet
 * value. Done by search and bulk re-index: the minimal node has no update-by-query or scripts.
 */
final class ArticleRenamer {

  private final ElasticsearchClient client;

  ArticleRenamer(ElasticsearchClient client) {
    this.client = client;
  }

  void rename(EntityType type, String oldName, String newName) {
    List<String> fields =
        switch (type) {
          case PERSON -> List.of("persons", "credited_persons");
          case ORGANIZATION -> List.of("organizations");
          case PLACE -> List.of("places");
        };
    Query named =
        Query.of(
            q ->
                q.bool(
                    b -> {
                      fields.forEach(
                          f ->
                              b.should(
                                  sh -> sh.term(t -> t.field(f).value(FieldValue.of(oldName)))));
                      return b;
                    }));
    ElasticCalls.call(
        () -> {
          Scroll.each(
              client,
              ArticleIndex.ALIAS,
              named,
              500,
              ArticleDocument.class,
              hits -> {
                BulkRequest.Builder bulk = new BulkRequest.Builder();
                for (Hit<ArticleDocument> hit : hits) {
                  ArticleDocument renamed = renamed(hit.source(), type, oldName, newName);
                  bulk.operations(
                      op ->
                          op.index(
                              i -> i.index(ArticleIndex.ALIAS).id(hit.id()).document(renamed)));
                }
                client.bulk(bulk.build());
              });
          client.indices().refresh(r -> r.index(ArticleIndex.ALIAS));
          return null;
        });
  }

  private static ArticleDocument renamed(
      ArticleDocument d, EntityType type, String oldName, String newName) {
    ArticleDocument.Entities e = d.entities();
    return new ArticleDocument(
        d.id(),
        d.title(),
        d.body(),
        d.captions(),
        d.outlet(),
        d.published(),
        d.byline(),
        d.credit(),
        d.url(),
        d.language(),
        type == EntityType.PERSON ? swap(d.persons(), oldName, newName) : d.persons(),
        type == EntityType.ORGANIZATION
            ? swap(d.organizations(), oldName, newName)
            : d.organizations(),
        type == EntityType.PLACE ? swap(d.places(), oldName, newName) : d.places(),
        type == EntityType.PERSON
            ? swap(d.creditedPersons(), oldName, newName)
            : d.creditedPersons(),
        withAlias(d.entityNames(), newName),
        new ArticleDocument.Entities(
            type == EntityType.PERSON ? swapMentions(e.persons(), oldName, newName) : e.persons(),
            type == EntityType.ORGANIZATION
                ? swapMentions(e.organizations(), oldName, newName)
                : e.organizations(),
            type == EntityType.PLACE ? swapMentions(e.places(), oldName, newName) : e.places()),
        d.contentHash(),
        d.source(),
        d.ingestedAt(),
        d.fingerprint());
  }

  private static List<String> swap(List<String> names, String oldName, String newName) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String name : names) {
      out.add(name.equals(oldName) ? newName : name);
    }
    return new ArrayList<>(out);
  }

  /** The old spelling stays searchable as an alias. */
  private static List<String> withAlias(List<String> names, String newName) {
    LinkedHashSet<String> out = new LinkedHashSet<>(names);
    out.add(newName);
    return new ArrayList<>(out);
  }

  private static List<EntityMention> swapMentions(
      List<EntityMention> mentions, String oldName, String newName) {
    return mentions.stream()
        .map(
            m ->
                m.name().equals(oldName)
                    ? new EntityMention(newName, m.mentions(), m.role(), m.aliases())
                    : m)
        .toList();
  }
}
