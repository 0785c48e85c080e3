package io.newsdesk.enrich;

import io.newsdesk.article.CanonicalEntity;
import io.newsdesk.article.EntityNameChange;
import io.newsdesk.article.EntityRole;
import io.newsdesk.article.EntityType;
import io.newsdesk.enrich.EntityRegistry.Entry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The corpus-wide registry of entities, so that one person (organisation, place) has one canonical
 * name across all articles, and across every portal that shares its {@link EntityStorage}. A batch
 * is resolved under the storage's lease: the entities its names may join are read, the batch is
 * matched, and what changed is written back over the versions read; a conflict resolves the batch
 * again. Every method is synchronized, so one instance serves all ingest threads.
 *
 * <p>The entry point to the parts that do the work: the {@link EntityRegistry} holds the entities a
 * batch works on, the {@link EntityMatcher} says which entity an article's entity joins, the {@link
 * EntityCurator} applies the {@link Curation} in force, {@link DisplayNames} chooses each entity's
 * name and logs its changes, and {@link EntityKeys} gives the keys names are matched by.
 */
public final class EntityDirectory {

  /** A resolved article entity: its mention (type as curated) and the entity it belongs to. */
  public record Resolved(DocEntity mention, CanonicalEntity entity) {}

  /** A batch resolved and stored: each article's entities in order, and the names that changed. */
  public record Batch(List<List<Resolved>> articles, List<EntityNameChange> renames) {}

  /** How often a batch is resolved again after a conflict before the conflict is reported. */
  private static final int ATTEMPTS = 5;

  /** Rounds of reading the lookups a batch asks before its names are matched. */
  private static final int PREFETCH_ROUNDS = 3;

  /** Stored entities given their lookups at a time. */
  private static final int UPGRADE_BATCH = 1000;

  private final EntityStorage storage;
  private final EntityRegistry registry;
  private final EntityMatcher matcher;
  private final DisplayNames displays;
  private final EntityCurator curator;

  /** Display names a curation changed, handed out with the next batch. */
  private final List<EntityNameChange> carried = new ArrayList<>();

  private final List<EntityNameChange> singleRenames = new ArrayList<>();
  private boolean upgraded;
  private EntityStorage.Lease lease;

  /** A directory kept in this process only. */
  public EntityDirectory() {
    this(Gazetteer.defaults());
  }

  public EntityDirectory(Gazetteer gazetteer) {
    this(gazetteer, new InMemoryEntities());
  }

  public EntityDirectory(Gazetteer gazetteer, EntityStorage storage) {
    EntityKeys keys = new EntityKeys(gazetteer);
    this.storage = storage;
    this.registry = new EntityRegistry(keys, storage);
    this.matcher =
        new EntityMatcher(
            registry, keys, gazetteer, new NameVariants(gazetteer, Nicknames.shipped()));
    this.displays = new DisplayNames(registry, keys, gazetteer);
    this.curator = new EntityCurator(registry, keys, displays);
  }

  /**
   * Resolves and stores one article's entities: a batch of one, whose display-name changes wait for
   * {@link #drainNameChanges()}.
   */
  public synchronized List<Resolved> resolveArticle(List<DocEntity> article) {
    Batch batch = resolveBatch(List.of(article));
    singleRenames.addAll(batch.renames());
    return batch.articles().get(0);
  }

  /** The display names that single-article resolutions changed since the last call. */
  public synchronized List<EntityNameChange> drainNameChanges() {
    List<EntityNameChange> out = List.copyOf(singleRenames);
    singleRenames.clear();
    return out;
  }

  /**
   * Resolves the entities of a batch of articles in order, and stores them: each entity touched
   * counts each article once, and each form once per article. Entities a curation rule drops are
   * left out; the others come back in order, with their type as curated.
   */
  public synchronized Batch resolveBatch(List<List<DocEntity>> articles) {
    if (articles.isEmpty()) {
      return new Batch(List.of(), List.of());
    }
    return underLease(
        () -> {
          prefetch(articles);
          List<List<Resolved>> out = new ArrayList<>();
          for (List<DocEntity> article : articles) {
            out.add(resolve(article));
            lease.renew();
          }
          registry.commit();
          List<EntityNameChange> renames = new ArrayList<>(carried);
          renames.addAll(displays.drainChanges());
          carried.clear();
          return new Batch(out, renames);
        });
  }

  private List<Resolved> resolve(List<DocEntity> article) {
    List<DocEntity> curated = curated(article);
    Curation curation = curator.inForce();
    Map<Entry, Set<String>> formsOfArticle = new IdentityHashMap<>();
    List<Entry> resolved = new ArrayList<>();
    for (DocEntity d : curated) {
      Entry e = matcher.match(d, curation);
      if (e == null) {
        e = registry.create(d.type());
      }
      resolved.add(e);
      Set<String> seen = formsOfArticle.computeIfAbsent(e, k -> new HashSet<>());
      for (String f : d.variants().keySet()) {
        if (seen.add(f)) {
          registry.addForm(e, f, 1);
        }
      }
    }
    for (Entry e : formsOfArticle.keySet()) {
      registry.countArticle(e);
      displays.refresh(e, curation);
    }
    List<Resolved> out = new ArrayList<>();
    for (int i = 0; i < curated.size(); i++) {
      out.add(new Resolved(curated.get(i), resolved.get(i).view()));
    }
    return out;
  }

  /**
   * Reads together the stored entities the batch's names may join: the rules are run without
   * changing anything, the lookups they ask are read, and again while reading finds more.
   */
  private void prefetch(List<List<DocEntity>> articles) {
    Curation curation = curator.inForce();
    for (int round = 0; round < PREFETCH_ROUNDS; round++) {
      registry.startAsking();
      for (List<DocEntity> article : articles) {
        for (DocEntity d : curated(article)) {
          matcher.match(d, curation);
        }
      }
      Set<String> asked = registry.stopAsking();
      if (asked.isEmpty()) {
        return;
      }
      registry.load(asked);
    }
  }

  private List<DocEntity> curated(List<DocEntity> article) {
    List<DocEntity> curated = new ArrayList<>();
    for (DocEntity d : article) {
      DocEntity c = curator.curate(d);
      if (c != null) {
        curated.add(typeKnownToCorpus(c));
      }
    }
    return curated;
  }

  /**
   * A person's name that the corpus knows only as an organisation or a place takes that type:
   * "Wagner" in an article that says only "the Wagner leader", after others said "the Wagner
   * group". A name some person already has stays a person.
   */
  private DocEntity typeKnownToCorpus(DocEntity d) {
    if (d.type() != EntityType.PERSON) {
      return d;
    }
    for (String form : d.variants().keySet()) {
      if (registry.holder(EntityType.PERSON, form) != null) {
        return d;
      }
    }
    for (EntityType t : List.of(EntityType.ORGANIZATION, EntityType.PLACE)) {
      if (registry.holder(t, d.name()) != null) {
        return new DocEntity(t, d.name(), d.variants(), d.mentions(), d.role());
      }
    }
    return d;
  }

  /** The entity a name would resolve to, without registering anything. */
  public synchronized Optional<CanonicalEntity> find(EntityType type, String name) {
    try {
      DocEntity d = curator.curate(DocEntity.of(type, name, 1, EntityRole.SUBJECT));
      if (d == null) {
        return Optional.empty();
      }
      return Optional.ofNullable(matcher.match(d, curator.inForce())).map(Entry::view);
    } finally {
      registry.clear();
    }
  }

  /**
   * The names among these that no entity of this type goes by any more, each with the name its
   * entity goes by now: an article can be written after another portal renamed one of its entities,
   * and the rename has missed it.
   */
  public synchronized List<EntityNameChange> staleNames(EntityType type, Collection<String> names) {
    Set<String> inUse = storage.namesInUse(type, names);
    List<EntityNameChange> out = new ArrayList<>();
    for (String name : new LinkedHashSet<>(names)) {
      if (!inUse.contains(name)) {
        find(type, name)
            .filter(now -> !now.name().equals(name))
            .ifPresent(now -> out.add(new EntityNameChange(type, name, now.name())));
      }
    }
    return out;
  }

  /** Every entity, most named first: reads them all. */
  public synchronized List<CanonicalEntity> snapshot() {
    try {
      registry.loadAll();
      return registry.snapshot();
    } finally {
      registry.clear();
    }
  }

  /**
   * Puts a curation in force for resolutions from now on, and applies it to every stored entity;
   * the display names it changes come with the next batch.
   */
  public synchronized void curate(Curation newCuration) {
    carried.addAll(
        underLease(
            () -> {
              registry.loadAll();
              curator.put(newCuration);
              registry.commit();
              return displays.drainChanges();
            }));
  }

  /**
   * Puts a curation in force for resolutions from now on, as at start: the stored entities were
   * curated when it was first applied.
   */
  public synchronized void use(Curation curation) {
    curator.use(curation);
  }

  public synchronized Curation curation() {
    return curator.inForce();
  }

  /** How many entities are stored. */
  public synchronized long size() {
    return storage.count();
  }

  /** Runs a session under the lease; a conflict runs it again from a fresh read. */
  private <T> T underLease(Supplier<T> session) {
    for (int attempt = 1; ; attempt++) {
      try (EntityStorage.Lease held = storage.lease()) {
        lease = held;
        upgradeOnce();
        return session.get();
      } catch (EntityStorage.Conflict e) {
        displays.drainChanges();
        if (attempt == ATTEMPTS) {
          throw e;
        }
      } finally {
        lease = null;
        registry.clear();
      }
    }
  }

  /** Entities stored by an older portal get the lookups they are found by, once. */
  private void upgradeOnce() {
    if (!upgraded) {
      while (registry.addMissingLookups(UPGRADE_BATCH) > 0) {
        lease.renew();
      }
      upgraded = true;
    }
  }
}
