package io.newsdesk.enrich;

import io.newsdesk.article.EntityType;
import io.newsdesk.enrich.EntityRegistry.Entry;
import java.util.List;

/**
 * Holds the {@link Curation} in force and applies it: to each article entity before it is matched
 * (dropped or retyped), and to the entities already known when a curation comes into force or a
 * snapshot is restored (retyped, dropped, merged, split).
 */
final class EntityCurator {

  private final EntityRegistry registry;
  private final EntityKeys keys;
  private final DisplayNames displays;
  private Curation curation = Curation.empty();

  EntityCurator(EntityRegistry registry, EntityKeys keys, DisplayNames displays) {
    this.registry = registry;
    this.keys = keys;
    this.displays = displays;
  }

  Curation inForce() {
    return curation;
  }

  /** Puts a curation in force, and applies it to the entities already known. */
  void put(Curation newCuration) {
    this.curation = newCuration;
    applyToExisting();
  }

  /** Puts a curation in force for the entities from now on, leaving those known as they are. */
  void use(Curation newCuration) {
    this.curation = newCuration;
  }

  /** The entity as the curation has it: null if dropped, retyped if a rule says so. */
  DocEntity curate(DocEntity d) {
    String k = keys.key(d.type(), d.name());
    for (Curation.Rule r : curation.rules(Curation.Action.DROP)) {
      if (r.appliesTo(d.type()) && keys.key(d.type(), r.names().get(0)).equals(k)) {
        return null;
      }
    }
    for (Curation.Rule r : curation.rules(Curation.Action.RETYPE)) {
      if (r.appliesTo(d.type()) && keys.key(d.type(), r.names().get(0)).equals(k)) {
        return new DocEntity(r.newType(), d.name(), d.variants(), d.mentions(), d.role());
      }
    }
    return d;
  }

  /** Applies the rules to the known entities, then chooses their display names again. */
  void applyToExisting() {
    for (Curation.Rule r : curation.rules(Curation.Action.RETYPE)) {
      for (EntityType t : types(r)) {
        Entry e = registry.holder(t, r.names().get(0));
        if (e != null && t != r.newType()) {
          Entry into = registry.holder(r.newType(), r.names().get(0));
          registry.retype(e, r.newType());
          if (into != null) {
            absorb(into, e);
          }
        }
      }
    }
    for (Curation.Rule r : curation.rules(Curation.Action.DROP)) {
      for (EntityType t : types(r)) {
        Entry e = registry.holder(t, r.names().get(0));
        if (e != null) {
          registry.remove(e);
        }
      }
    }
    for (Curation.Rule r : curation.rules(Curation.Action.MERGE)) {
      for (EntityType t : types(r)) {
        Entry into = null;
        for (String name : r.names()) {
          Entry e = registry.holder(t, name);
          if (e == null || e == into) {
            continue;
          }
          if (into == null) {
            into = e;
          } else {
            absorb(into, e);
          }
        }
      }
    }
    for (Curation.Rule r : curation.rules(Curation.Action.SPLIT)) {
      for (EntityType t : types(r)) {
        for (String name : r.names().subList(1, r.names().size())) {
          Entry e = registry.holder(t, name);
          if (e != null && e == registry.holder(t, r.names().get(0))) {
            registry.splitOff(e, keys.key(t, name));
          }
        }
      }
    }
    displays.refreshAll(curation);
  }

  private void absorb(Entry into, Entry from) {
    displays.merged(from, into);
    registry.absorb(into, from);
  }

  private static List<EntityType> types(Curation.Rule r) {
    return r.type() == null ? List.of(EntityType.values()) : List.of(r.type());
  }
}
