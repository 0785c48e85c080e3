package io.newsdesk.enrich;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsdesk.BackendUnavailableException;
import io.newsdesk.RefusedException;
import io.newsdesk.article.EntityType;
import io.newsdesk.index.Chunks;
import io.newsdesk.index.ElasticCalls;
import io.newsdesk.index.EntityStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The entity registry in the {@code entities} index, shared by every portal on the cluster: each
 * entity a document under a stable id with the lookups it is found by ({@code lookup}), read with
 * its sequence number and written back only over it ({@code if_seq_no}, {@code if_primary_term}).
 * The lease is a document in the {@code locks} index, created by the portal that takes it and taken
 * over when its holder has let it run out.
 */
@ApplicationScoped
public class RegistryStore implements EntityStorage {

  static final String ALIAS = EntityStore.ALIAS;
  static final String LOCKS = "locks";
  static final String LEASE_ID = "entity-registry";

  /** How long a lease lasts unless renewed: a portal killed while holding it blocks no longer. */
  static final Duration LEASE = Duration.ofSeconds(30);

  /** How long a portal waits for the lease before it reports the registry busy. */
  private static final Duration WAIT = Duration.ofMinutes(5);

  private static final int PAGE = 1000;
  private static final int TERMS_PER_QUERY = 10_000;
  private static final int CONFLICT = 409;
  private static final int NOT_FOUND = 404;

  private final ElasticsearchClient client;
  private final String owner = UUID.randomUUID().toString();

  RegistryStore(ElasticsearchClient client) {
    this.client = client;
  }

  /** An entity as stored. */
  record EntityDocument(
      String type,
      String name,
      List<String> aliases,
      Map<String, Integer> aliasArticles,
      int articleCount,
      Suggest suggest,
      List<String> lookup,
      Long created) {

    record Suggest(List<String> input, int weight) {}
  }

  /** Who holds the lease, and until when (epoch milliseconds). */
  record LeaseDocument(String owner, long until) {}

  @Override
  public List<Stored> holding(Collection<String> lookups) {
    List<Stored> out = new ArrayList<>();
    for (List<FieldValue> values : terms(lookups)) {
      out.addAll(pages(Query.of(q -> q.terms(t -> t.field("lookup").terms(v -> v.value(values))))));
    }
    return out;
  }

  /** The values as terms, in chunks a terms query takes. */
  private static List<List<FieldValue>> terms(Collection<String> values) {
    return Chunks.of(values, TERMS_PER_QUERY).stream()
        .map(chunk -> chunk.stream().map(FieldValue::of).toList())
        .toList();
  }

  @Override
  public Set<String> namesInUse(EntityType type, Collection<String> names) {
    Set<String> out = new HashSet<>();
    Query ofType = Query.of(q -> q.term(t -> t.field("type").value(type.name())));
    for (List<FieldValue> values : terms(names)) {
      Query named = Query.of(q -> q.terms(t -> t.field("name").terms(v -> v.value(values))));
      search(
              Query.of(q -> q.bool(b -> b.filter(ofType, named))),
              values.size(),
              NameOnly.class,
              s -> s.source(src -> src.filter(f -> f.includes("name"))))
          .forEach(h -> out.add(h.source().name()));
    }
    return out;
  }

  /** Just an entity's name. */
  record NameOnly(String name) {}

  @Override
  public List<Stored> all() {
    return pages(Query.of(q -> q.matchAll(m -> m)));
  }

  @Override
  public List<Stored> withoutLookups(int max) {
    Query unlooked = Query.of(q -> q.bool(b -> b.mustNot(n -> n.exists(e -> e.field("lookup")))));
    return search(unlooked, max, EntityDocument.class, s -> s.seqNoPrimaryTerm(true)).stream()
        .map(RegistryStore::stored)
        .toList();
  }

  /**
   * Every match, a page at a time, first registered first; type and name make the sort unique, so
   * no entity that ties with a page's last is skipped (entities upgraded from a portal before
   * {@code created} existed all have 0).
   */
  private List<Stored> pages(Query query) {
    List<Stored> out = new ArrayList<>();
    List<FieldValue> after = null;
    while (true) {
      List<FieldValue> from = after;
      List<Hit<EntityDocument>> hits =
          search(
              query,
              PAGE,
              EntityDocument.class,
              s -> {
                s.seqNoPrimaryTerm(true)
                    .sort(o -> o.field(f -> f.field("created").order(SortOrder.Asc)))
                    .sort(o -> o.field(f -> f.field("name").order(SortOrder.Asc)))
                    .sort(o -> o.field(f -> f.field("type").order(SortOrder.Asc)));
                if (from != null) {
                  s.searchAfter(from);
                }
              });
      hits.forEach(h -> out.add(stored(h)));
      if (hits.size() < PAGE) {
        return out;
      }
      after = hits.get(hits.size() - 1).sort();
    }
  }

  /** The hits of a search of the entities, shaped further by {@code more}. */
  private <T> List<Hit<T>> search(
      Query query, int size, Class<T> type, Consumer<SearchRequest.Builder> more) {
    return ElasticCalls.call(
            () ->
                client.search(
                    s -> {
                      s.index(ALIAS).query(query).size(size);
                      more.accept(s);
                      return s;
                    },
                    type))
        .hits()
        .hits();
  }

  private static Stored stored(Hit<EntityDocument> hit) {
    EntityDocument d = hit.source();
    return new Stored(
        hit.id(),
        EntityType.valueOf(d.type()),
        d.name(),
        d.aliasArticles() == null ? Map.of() : d.aliasArticles(),
        d.articleCount(),
        d.created() == null ? 0 : d.created(),
        d.lookup() == null ? List.of() : d.lookup(),
        new Version(hit.seqNo(), hit.primaryTerm()));
  }

  private static EntityDocument document(Stored s) {
    List<String> aliases = EntityRegistry.aliases(s.name(), s.forms());
    return new EntityDocument(
        s.type().name(),
        s.name(),
        aliases,
        s.forms(),
        s.articleCount(),
        new EntityDocument.Suggest(aliases, Math.max(1, s.articleCount())),
        s.lookups(),
        s.created());
  }

  @Override
  public void write(List<Stored> upserts, List<Stored> deletes) {
    if (upserts.isEmpty() && deletes.isEmpty()) {
      return;
    }
    BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
    for (Stored s : deletes) {
      bulk.operations(
          op ->
              op.delete(
                  d ->
                      d.index(ALIAS)
                          .id(s.id())
                          .ifSeqNo(s.version().seqNo())
                          .ifPrimaryTerm(s.version().primaryTerm())));
    }
    for (Stored s : upserts) {
      EntityDocument document = document(s);
      if (s.version() == null) {
        bulk.operations(op -> op.create(c -> c.index(ALIAS).id(s.id()).document(document)));
      } else {
        bulk.operations(
            op ->
                op.index(
                    i ->
                        i.index(ALIAS)
                            .id(s.id())
                            .document(document)
                            .ifSeqNo(s.version().seqNo())
                            .ifPrimaryTerm(s.version().primaryTerm())));
      }
    }
    BulkResponse response = ElasticCalls.call(() -> client.bulk(bulk.build()));
    if (!response.errors()) {
      return;
    }
    for (var item : response.items()) {
      if (item.error() != null) {
        if (item.status() == CONFLICT) {
          throw new Conflict("Entity " + item.id() + " changed since it was read");
        }
        throw new IllegalStateException(
            "Could not store entity " + item.id() + ": " + item.error().reason());
      }
    }
  }

  @Override
  public long count() {
    return ElasticCalls.call(() -> client.count(c -> c.index(ALIAS)).count());
  }

  @Override
  public Lease lease() {
    long deadline = System.currentTimeMillis() + WAIT.toMillis();
    while (true) {
      Version held = tryTake();
      if (held != null) {
        return new Held(held);
      }
      if (System.currentTimeMillis() > deadline) {
        throw new BackendUnavailableException(
            "Another portal has held the entity registry for " + WAIT.toMinutes() + " minutes",
            null);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for the entity registry", e);
      }
    }
  }

  /** The lease's version when this portal got it; null when another portal holds it. */
  private Version tryTake() {
    LeaseDocument mine = new LeaseDocument(owner, System.currentTimeMillis() + LEASE.toMillis());
    try {
      var created =
          ElasticCalls.call(() -> client.create(c -> c.index(LOCKS).id(LEASE_ID).document(mine)));
      return new Version(created.seqNo(), created.primaryTerm());
    } catch (RefusedException e) {
      if (e.status() != CONFLICT) {
        throw e;
      }
    }
    var current =
        ElasticCalls.call(() -> client.get(g -> g.index(LOCKS).id(LEASE_ID), LeaseDocument.class));
    if (!current.found() || current.source().until() > System.currentTimeMillis()) {
      return null;
    }
    // Run out: its holder stopped without letting go.
    return replace(new Version(current.seqNo(), current.primaryTerm()), mine);
  }

  /** Writes the lease over this version; null when someone else wrote it first. */
  private Version replace(Version over, LeaseDocument lease) {
    try {
      var written =
          ElasticCalls.call(
              () ->
                  client.index(
                      i ->
                          i.index(LOCKS)
                              .id(LEASE_ID)
                              .document(lease)
                              .ifSeqNo(over.seqNo())
                              .ifPrimaryTerm(over.primaryTerm())));
      return new Version(written.seqNo(), written.primaryTerm());
    } catch (RefusedException e) {
      if (e.status() == CONFLICT || e.status() == NOT_FOUND) {
        return null;
      }
      throw e;
    }
  }

  /** Lets the lease go, unless it ran out and another portal has it now. */
  private void release(Version held) {
    try {
      ElasticCalls.call(
          () ->
              client.delete(
                  d ->
                      d.index(LOCKS)
                          .id(LEASE_ID)
                          .ifSeqNo(held.seqNo())
                          .ifPrimaryTerm(held.primaryTerm())));
    } catch (RefusedException e) {
      if (e.status() != CONFLICT && e.status() != NOT_FOUND) {
        throw e;
      }
    }
  }

  /** The lease as this portal holds it. */
  private final class Held implements Lease {
    private Version version;
    private long writtenAt = System.currentTimeMillis();

    Held(Version version) {
      this.version = version;
    }

    @Override
    public void renew() {
      if (System.currentTimeMillis() - writtenAt < LEASE.toMillis() / 3) {
        return;
      }
      writtenAt = System.currentTimeMillis();
      Version renewed =
          replace(version, new LeaseDocument(owner, System.currentTimeMillis() + LEASE.toMillis()));
      if (renewed == null) {
        throw new Conflict("The entity registry's lease ran out and another portal took it");
      }
      version = renewed;
    }

    @Override
    public void close() {
      release(version);
    }
  }
}
