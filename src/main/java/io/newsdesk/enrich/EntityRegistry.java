package io.newsdesk.enrich;

import io.newsdesk.article.CanonicalEntity;
import io.newsdesk.article.EntityType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities the {@link EntityDirectory} knows, each with its forms and how many articles used
 * each, and the lookups the matching rules find candidates through: by {@link EntityKeys key}, and
 * for people by surname key, by the {@link NameSound} codes of the surname and of the whole name
 * written together, and by the romanised given name, for organisations and places by acronym.
 *
 * <p>The one holder of entity state: the rules read an {@link Entry} and change it only through the
 * methods here, so where the entities are kept can change without the rules noticing. In memory and
 * not thread-safe: the directory serializes the calls.
 */
final class EntityRegistry {

  /** One entity as held: read by the rules, changed only through the registry. */
  static final class Entry {
    private EntityType type;
    private final LinkedHashMap<String, Integer> forms = new LinkedHashMap<>();
    private int articleCount;
    private String display;

    private Entry(EntityType type) {
      this.type = type;
    }

    EntityType type() {
      return type;
    }

    /** Each form, with how many articles used it, in the order first seen. */
    Map<String, Integer> forms() {
      return Collections.unmodifiableMap(forms);
    }

    int articleCount() {
      return articleCount;
    }

    /** The display name; null until one is chosen. */
    String display() {
      return display;
    }

    /** The entity as persisted and handed out: the display name first, then the most used. */
    CanonicalEntity view() {
      List<String> aliases = new ArrayList<>(forms.keySet());
      aliases.remove(display);
      aliases.sort(Comparator.comparing((String a) -> -forms.get(a)));
      aliases.add(0, display);
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (String a : aliases) {
        counts.put(a, forms.getOrDefault(a, 0));
      }
      return new CanonicalEntity(type, display, aliases, articleCount, counts);
    }
  }

  private final EntityKeys keys;
  private final Map<EntityType, List<Entry>> entities = new EnumMap<>(EntityType.class);
  private final Map<EntityType, Map<String, List<Entry>>> byKey = new EnumMap<>(EntityType.class);
  private final Map<EntityType, Map<String, List<Entry>>> byAcronym =
      new EnumMap<>(EntityType.class);
  private final Map<String, List<Entry>> bySurname = new HashMap<>();
  private final Map<String, List<Entry>> bySound = new HashMap<>();
  private final Map<String, List<Entry>> byGiven = new HashMap<>();
  private final Map<String, List<Entry>> byWholeSound = new HashMap<>();

  EntityRegistry(EntityKeys keys) {
    this.keys = keys;
    for (EntityType t : EntityType.values()) {
      entities.put(t, new ArrayList<>());
      byKey.put(t, new HashMap<>());
      byAcronym.put(t, new HashMap<>());
    }
  }

  // --- reading --------------------------------------------------------------------------------

  /** The entities of a type, in the order registered. */
  List<Entry> all(EntityType t) {
    return Collections.unmodifiableList(entities.get(t));
  }

  int size() {
    return entities.values().stream().mapToInt(List::size).sum();
  }

  /** Every entity, for persisting; most named first. */
  List<CanonicalEntity> snapshot() {
    List<CanonicalEntity> out = new ArrayList<>();
    for (EntityType t : EntityType.values()) {
      for (Entry e : entities.get(t)) {
        out.add(e.view());
      }
    }
    out.sort(
        Comparator.comparing((CanonicalEntity c) -> -c.articleCount())
            .thenComparing(CanonicalEntity::type)
            .thenComparing(CanonicalEntity::name));
    return out;
  }

  /** The entity holding a form with this name's key, the most named if several. */
  Entry holder(EntityType t, String name) {
    return mostNamed(withKey(t, keys.key(t, name)));
  }

  /** The entities with a form of this key. */
  List<Entry> withKey(EntityType t, String key) {
    return byKey.get(t).getOrDefault(key, List.of());
  }

  /** The people with a form of this surname key. */
  List<Entry> withSurname(String surnameKey) {
    return bySurname.getOrDefault(surnameKey, List.of());
  }

  /** The people with a full form whose surname has this {@link NameSound} code. */
  List<Entry> withSurnameSound(String code) {
    return bySound.getOrDefault(code, List.of());
  }

  /** The people with a full form whose first given name is romanised so. */
  List<Entry> withGivenName(String romanised) {
    return byGiven.getOrDefault(romanised, List.of());
  }

  /** The people with a form whose whole name, written together, has this sound code. */
  List<Entry> withWholeNameSound(String code) {
    return byWholeSound.getOrDefault(code, List.of());
  }

  /** The organisations or places that have, or have the initials of, this acronym. */
  List<Entry> withAcronym(EntityType t, String acronym) {
    return byAcronym.get(t).getOrDefault(acronym, List.of());
  }

  /** The most named of these entities, the first among equals; null for none. */
  static Entry mostNamed(List<Entry> es) {
    Entry best = null;
    for (Entry e : es) {
      if (best == null || e.articleCount > best.articleCount) {
        best = e;
      }
    }
    return best;
  }

  // --- changing -------------------------------------------------------------------------------

  /** A new entity without forms, no article counted yet. */
  Entry create(EntityType t) {
    Entry e = new Entry(t);
    entities.get(t).add(e);
    return e;
  }

  /** Counts a form used by this many more articles. */
  void addForm(Entry e, String form, int articles) {
    boolean isNew = !e.forms.containsKey(form);
    e.forms.merge(form, articles, Integer::sum);
    if (isNew) {
      index(e, form);
    }
  }

  /** Counts one more article naming the entity. */
  void countArticle(Entry e) {
    e.articleCount++;
  }

  void setDisplay(Entry e, String display) {
    e.display = display;
  }

  void remove(Entry e) {
    entities.get(e.type).remove(e);
    reindexAll();
  }

  /** Moves an entity, with its forms and counts, to another type. */
  void retype(Entry e, EntityType to) {
    entities.get(e.type).remove(e);
    e.type = to;
    entities.get(to).add(e);
    reindexAll();
  }

  /** Removes {@code from} and adds its forms and articles to {@code into}. */
  void absorb(Entry into, Entry from) {
    entities.get(from.type).remove(from);
    for (Map.Entry<String, Integer> f : from.forms.entrySet()) {
      into.forms.merge(f.getKey(), f.getValue(), Integer::sum);
    }
    into.articleCount += from.articleCount;
    reindexAll();
  }

  /**
   * Moves the forms of this key out of an entity into a new one of the same type, named in as many
   * articles as its most used form; the new entity has no display name yet.
   */
  Entry splitOff(Entry e, String key) {
    Entry out = new Entry(e.type);
    for (String f : new ArrayList<>(e.forms.keySet())) {
      if (keys.key(e.type, f).equals(key)) {
        out.forms.put(f, e.forms.remove(f));
      }
    }
    out.articleCount = out.forms.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    entities.get(e.type).add(out);
    reindexAll();
    return out;
  }

  /** Replaces every entity with those of a snapshot, each under its stored name. */
  void restore(List<CanonicalEntity> snapshot) {
    for (EntityType t : EntityType.values()) {
      entities.get(t).clear();
    }
    for (CanonicalEntity c : snapshot) {
      Entry e = new Entry(c.type());
      e.articleCount = c.articleCount();
      for (String alias : c.aliases()) {
        Integer n = c.aliasArticles().get(alias);
        int count = n != null ? n : alias.equals(c.name()) ? Math.max(1, c.articleCount()) : 1;
        e.forms.merge(alias, count, Integer::sum);
      }
      if (!e.forms.containsKey(c.name())) {
        e.forms.put(c.name(), Math.max(1, c.articleCount()));
      }
      // The stored name is the one the stored articles carry: it stays until a change is recorded.
      e.display = c.name();
      entities.get(c.type()).add(e);
    }
    reindexAll();
  }

  // --- lookups --------------------------------------------------------------------------------

  private void index(Entry e, String form) {
    EntityType t = e.type;
    addTo(byKey.get(t), keys.key(t, form), e);
    if (t == EntityType.PERSON) {
      PersonName n = keys.person(form);
      addTo(bySurname, n.surnameKey(), e);
      for (String code : NameSound.codes(NameKey.compact(n.text()))) {
        addTo(byWholeSound, code, e);
      }
      if (n.isFull()) {
        for (String code : NameSound.codes(n.surname())) {
          addTo(bySound, code, e);
        }
        addTo(byGiven, NameSound.romanised(n.given().get(0)), e);
      }
    } else {
      String acronym = EntityKeys.acronym(form);
      if (acronym != null) {
        addTo(byAcronym.get(t), acronym, e);
      }
    }
  }

  private static void addTo(Map<String, List<Entry>> map, String key, Entry e) {
    List<Entry> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (!list.contains(e)) {
      list.add(e);
    }
  }

  private void reindexAll() {
    bySurname.clear();
    bySound.clear();
    byGiven.clear();
    byWholeSound.clear();
    for (EntityType t : EntityType.values()) {
      byKey.get(t).clear();
      byAcronym.get(t).clear();
      for (Entry e : entities.get(t)) {
        for (String f : e.forms.keySet()) {
          index(e, f);
        }
      }
    }
  }
}
