package io.newsdesk.enrich;

import io.newsdesk.article.EntityType;
import io.newsdesk.enrich.EntityRegistry.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the matching rules know of one article entity: the keys of its forms, and which known
 * entities it may join at all, none a curation split rule keeps apart from it.
 */
final class MentionCandidates {

  private final EntityRegistry registry;
  private final EntityKeys keys;
  private final EntityType type;
  private final Set<String> mentionKeys;
  private final List<Curation.Rule> splits;

  MentionCandidates(DocEntity d, EntityRegistry registry, EntityKeys keys, Curation curation) {
    this.registry = registry;
    this.keys = keys;
    this.type = d.type();
    List<String> forms = new ArrayList<>(d.variants().keySet());
    forms.add(d.name());
    this.mentionKeys = keys.keys(type, forms);
    this.splits = curation.rules(Curation.Action.SPLIT);
  }

  /** The keys of the article entity's name and of each of its forms. */
  Set<String> keys() {
    return mentionKeys;
  }

  /** The most named entity with a form of this form's key, kept apart by no rule; else null. */
  Entry sameKey(String form) {
    List<Entry> hits = registry.withKey(type, keys.key(type, form));
    return EntityRegistry.mostNamed(hits.stream().filter(e -> !keptApart(e)).toList());
  }

  /**
   * Whether a split rule keeps the article entity from this entity: it has one of the rule's names
   * the entity has not, and the entity has another.
   */
  boolean keptApart(Entry e) {
    if (splits.isEmpty()) {
      return false;
    }
    Set<String> entityKeys = keys.keys(type, e.forms().keySet());
    for (Curation.Rule r : splits) {
      if (!r.appliesTo(type)) {
        continue;
      }
      for (String a : r.names()) {
        for (String b : r.names()) {
          if (!a.equals(b)
              && mentionKeys.contains(keys.key(type, a))
              && entityKeys.contains(keys.key(type, b))
              && !entityKeys.contains(keys.key(type, a))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
