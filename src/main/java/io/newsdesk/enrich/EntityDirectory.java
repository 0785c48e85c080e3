package io.newsdesk.enrich;

import io.newsdesk.article.CanonicalEntity;
import io.newsdesk.article.EntityNameChange;
import io.newsdesk.article.EntityRole;
import io.newsdesk.article.EntityType;
import io.newsdesk.enrich.EntityRegistry.Entry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The corpus-wide registry of entities, so that one person (organisation, place) has one canonical
 * name across all articles. In memory; every method is synchronized, so one instance serves all
 * ingest threads. {@link #snapshot()} and {@link #restore(List)} let the index side persist it.
 *
 * <p>The entry point to the parts that do the work: the {@link EntityRegistry} holds the entities
 * and their forms, the {@link EntityMatcher} says which entity an article's entity joins, the
 * {@link EntityCurator} applies the {@link Curation} in force, {@link DisplayNames} chooses each
 * entity's name and logs its changes, and {@link EntityKeys} gives the keys names are matched by.
 */
public final class EntityDirectory {

  /** A resolved article entity: its mention (type as curated) and the entity it belongs to. */
  public record Resolved(DocEntity mention, CanonicalEntity entity) {}

  private final EntityRegistry registry;
  private final EntityMatcher matcher;
  private final DisplayNames displays;
  private final EntityCurator curator;

  public EntityDirectory() {
    this(Gazetteer.defaults());
  }

  public EntityDirectory(Gazetteer gazetteer) {
    EntityKeys keys = new EntityKeys(gazetteer);
    this.registry = new EntityRegistry(keys);
    this.matcher =
        new EntityMatcher(
            registry, keys, gazetteer, new NameVariants(gazetteer, Nicknames.shipped()));
    this.displays = new DisplayNames(registry, keys, gazetteer);
    this.curator = new EntityCurator(registry, keys, displays);
  }

  /**
   * Resolves one article's entities and registers them: each entity touched counts the article
   * once, and each form once. Entities a curation rule drops are left out; the others come back in
   * order, with their type as curated.
   */
  public synchronized List<Resolved> resolveArticle(List<DocEntity> article) {
    List<DocEntity> curated = new ArrayList<>();
    for (DocEntity d : article) {
      DocEntity c = curator.curate(d);
      if (c != null) {
        curated.add(typeKnownToCorpus(c));
      }
    }
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
    DocEntity d = curator.curate(DocEntity.of(type, name, 1, EntityRole.SUBJECT));
    if (d == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(matcher.match(d, curator.inForce())).map(Entry::view);
  }

  /** Every entity, for persisting; most named first. */
  public synchronized List<CanonicalEntity> snapshot() {
    return registry.snapshot();
  }

  /** Replaces the directory's content with a snapshot (the curation in force is kept). */
  public synchronized void restore(List<CanonicalEntity> snapshot) {
    registry.restore(snapshot);
    curator.applyToExisting();
  }

  /** Puts a curation in force: for resolutions from now on, and on the entities already known. */
  public synchronized void curate(Curation newCuration) {
    curator.put(newCuration);
  }

  public synchronized Curation curation() {
    return curator.inForce();
  }

  /** How many entities the directory holds. */
  public synchronized int size() {
    return registry.size();
  }

  /** The display names that changed since the last call, oldest first. */
  public synchronized List<EntityNameChange> drainNameChanges() {
    return displays.drainChanges();
  }
}
