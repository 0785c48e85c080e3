package io.newsdesk.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsdesk.article.ArticleEntities;
import io.newsdesk.article.EntityMention;
import io.newsdesk.article.EntityNameChange;
import io.newsdesk.article.EntityType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Rewrites stored articles when an entity's display name changes, so a person stays one facet
 * value. Done by search and bulk re-index: the minimal node has no update-by-query or scripts.
 */
final class ArticleRenamer {

  private static final Logger LOG = Logger.getLogger(ArticleRenamer.class);

  /** Name changes per query: two clauses each for people, well under the 4,096 allowed. */
  private static final int CHUNK = 500;

  private static final int CONFLICT = 409;

  /** Rounds of re-reading articles another writer changed meanwhile. */
  private static final int MAX_ATTEMPTS = 10;

  private final ElasticsearchClient client;

  ArticleRenamer(ElasticsearchClient client) {
    this.client = client;
  }

  /**
   * Applies a batch's name changes (each old name to its final name) with one scroll over the
   * articles naming any of them and one refresh: a refresh per change left many tiny segments to
   * search and merge.
   */
  void rename(List<EntityNameChange> changes) {
    // Chunks keep the query under the node's clause limit; each is refreshed before the next reads.
    for (int from = 0; from < changes.size(); from += CHUNK) {
      renameChunk(changes.subList(from, Math.min(changes.size(), from + CHUNK)));
    }
  }

  private void renameChunk(List<EntityNameChange> changes) {
    Query named =
        Query.of(
            q ->
                q.bool(
                    b -> {
                      for (EntityNameChange change : changes) {
                        for (String field : fields(change.type())) {
                          b.should(
                              sh ->
                                  sh.term(
                                      t -> t.field(field).value(FieldValue.of(change.oldName()))));
                        }
                      }
                      return b;
                    }));
    AtomicInteger rewritten = new AtomicInteger();
    ElasticCalls.call(
        () -> {
          Scroll.each(
              client,
              ArticleIndex.ALIAS,
              named,
              500,
              ArticleDocument.class,
              hits -> {
                Map<String, Versioned> read = new LinkedHashMap<>();
                for (Hit<ArticleDocument> hit : hits) {
                  read.put(hit.id(), new Versioned(hit.source(), hit.seqNo(), hit.primaryTerm()));
                }
                writeRenamed(read, changes);
                rewritten.addAndGet(hits.size());
              });
          client.indices().refresh(r -> r.index(ArticleIndex.ALIAS));
          return null;
        });
    for (EntityNameChange change : changes) {
      LOG.debugf("Renamed %s '%s' to '%s'", change.type(), change.oldName(), change.newName());
    }
    LOG.infof("%d entity names changed; %d articles rewritten", changes.size(), rewritten.get());
  }

  /** An article as read, with the version a write must still find. */
  private record Versioned(ArticleDocument document, long seqNo, long primaryTerm) {}

  /**
   * Writes the articles renamed, each over the version read; one another portal changed meanwhile
   * (its own renames) is read again and renamed again, so neither portal's change is lost.
   */
  private void writeRenamed(Map<String, Versioned> read, List<EntityNameChange> changes)
      throws IOException {
    Map<String, Versioned> pending = read;
    for (int attempt = 1; !pending.isEmpty(); attempt++) {
      BulkRequest.Builder bulk = new BulkRequest.Builder();
      for (Map.Entry<String, Versioned> entry : pending.entrySet()) {
        ArticleDocument renamed = entry.getValue().document();
        for (EntityNameChange change : changes) {
          renamed = renamed(renamed, change.type(), change.oldName(), change.newName());
        }
        ArticleDocument document = renamed;
        Versioned base = entry.getValue();
        bulk.operations(
            op ->
                op.index(
                    i ->
                        i.index(ArticleIndex.ALIAS)
                            .id(entry.getKey())
                            .document(document)
                            .ifSeqNo(base.seqNo())
                            .ifPrimaryTerm(base.primaryTerm())));
      }
      List<String> conflicted = new ArrayList<>();
      for (var item : client.bulk(bulk.build()).items()) {
        if (item.error() != null && item.status() == CONFLICT) {
          conflicted.add(item.id());
        }
      }
      if (conflicted.isEmpty()) {
        return;
      }
      if (attempt == MAX_ATTEMPTS) {
        LOG.warnf(
            "%d articles kept changing under their renames and keep old names, e.g. %s;"
                + " POST /api/entities/curation applies the names again",
            conflicted.size(), conflicted.get(0));
        return;
      }
      pending = reread(conflicted);
    }
  }

  private Map<String, Versioned> reread(List<String> ids) throws IOException {
    Map<String, Versioned> out = new LinkedHashMap<>();
    var response = client.mget(m -> m.index(ArticleIndex.ALIAS).ids(ids), ArticleDocument.class);
    for (var item : response.docs()) {
      if (item.isResult() && item.result().found()) {
        var got = item.result();
        out.put(got.id(), new Versioned(got.source(), got.seqNo(), got.primaryTerm()));
      }
    }
    return out;
  }

  private static List<String> fields(EntityType type) {
    return switch (type) {
      case PERSON -> List.of("persons", "credited_persons");
      case ORGANIZATION -> List.of("organizations");
      case PLACE -> List.of("places");
    };
  }

  /** The article with one name changed; one that does not name it is returned as it is. */
  private static ArticleDocument renamed(
      ArticleDocument d, EntityType type, String oldName, String newName) {
    boolean named =
        switch (type) {
          case PERSON -> d.persons().contains(oldName) || d.creditedPersons().contains(oldName);
          case ORGANIZATION -> d.organizations().contains(oldName);
          case PLACE -> d.places().contains(oldName);
        };
    if (!named) {
      return d;
    }
    ArticleEntities e = d.entities();
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
        new ArticleEntities(
            type == EntityType.PERSON ? swapMentions(e.persons(), oldName, newName) : e.persons(),
            type == EntityType.ORGANIZATION
                ? swapMentions(e.organizations(), oldName, newName)
                : e.organizations(),
            type == EntityType.PLACE ? swapMentions(e.places(), oldName, newName) : e.places()),
        d.contentHash(),
        d.source(),
        d.ingestedAt(),
        d.fingerprint(),
        d.pendingSteps(),
        d.pendingSince(),
        d.embedding());
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
