package io.newsdesk.enrich;

import io.newsdesk.article.CanonicalEntity;
import io.newsdesk.article.EntityType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The entities one session of the {@link EntityDirectory} works on, each with its forms and how
 * many articles used each, and the lookups the matching rules find candidates through: by {@link
 * EntityKeys key}, and for people by surname key, by the {@link NameSound} codes of the surname and
 * of the whole name written together, and by the romanised given name, for organisations and places
 * by acronym.
 *
 * <p>A working set over the {@link EntityStorage}: the first time a session asks a lookup, the
 * stored entities holding it are read; what the session changes is written back at {@link
 * #commit()} over the versions read, and the set is emptied, so memory is bounded by what one batch
 * names. The rules read an {@link Entry} and change it only through the methods here. Not
 * thread-safe: the directory serializes the calls.
 */
final class EntityRegistry {

  /** One entity as held: read by the rules, changed only through the registry. */
  static final class Entry {
    private final String id;
    private final long created;
    private final EntityStorage.Version version;
    private EntityType type;
    private final LinkedHashMap<String, Integer> forms = new LinkedHashMap<>();
    private int articleCount;
    private String display;

    private Entry(String id, long created, EntityStorage.Version version, EntityType type) {
      this.id = id;
      this.created = created;
      this.version = version;
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
      List<String> aliases = aliases(display, forms);
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (String a : aliases) {
        counts.put(a, forms.getOrDefault(a, 0));
      }
      return new CanonicalEntity(type, display, aliases, articleCount, counts);
    }
  }

  /** An entity's names as handed out: the display name first, then the most used forms. */
  static List<String> aliases(String display, Map<String, Integer> forms) {
    List<String> aliases = new ArrayList<>(forms.keySet());
    aliases.remove(display);
    aliases.sort(Comparator.comparing((String a) -> -forms.get(a)));
    aliases.add(0, display);
    return aliases;
  }

  private static final Comparator<Entry> FIRST_REGISTERED =
      Comparator.comparingLong((Entry e) -> e.created).thenComparing(e -> e.id);

  /** Registration times: milliseconds with room for a thousand entities each. */
  private static final AtomicLong CLOCK = new AtomicLong();

  private final EntityKeys keys;
  private final EntityStorage storage;
  private final Map<EntityType, List<Entry>> entities = new EnumMap<>(EntityType.class);
  private final Map<String, Entry> byId = new HashMap<>();
  private final Map<String, List<Entry>> byLookup = new HashMap<>();
  private final Set<String> loaded = new HashSet<>();
  private final Set<Entry> changed = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<Entry> removed = new ArrayList<>();
  private boolean complete;
  private Set<String> asked;

  EntityRegistry(EntityKeys keys, EntityStorage storage) {
    this.keys = keys;
    this.storage = storage;
    for (EntityType t : EntityType.values()) {
      entities.put(t, new ArrayList<>());
    }
  }

  // --- the session ----------------------------------------------------------------------------

  /** Forgets the working set: the next lookups read the storage again. */
  void clear() {
    for (List<Entry> list : entities.values()) {
      list.clear();
    }
    byId.clear();
    byLookup.clear();
    loaded.clear();
    changed.clear();
    removed.clear();
    complete = false;
    asked = null;
  }

  /** Reads every stored entity: for changes that concern them all. */
  void loadAll() {
    add(storage.all());
    complete = true;
  }

  /**
   * From now until {@link #stopAsking()}, a lookup not read yet answers from the working set and is
   * noted instead of read, so a batch's lookups are read together.
   */
  void startAsking() {
    asked = new LinkedHashSet<>();
  }

  /** The lookups asked but not read since {@link #startAsking()}. */
  Set<String> stopAsking() {
    Set<String> out = asked;
    asked = null;
    return out;
  }

  /** Reads the stored entities holding these lookups, those not read yet. */
  void load(Collection<String> lookups) {
    List<String> wanted = lookups.stream().filter(l -> !loaded.contains(l)).distinct().toList();
    if (wanted.isEmpty() || complete) {
      return;
    }
    add(storage.holding(wanted));
    loaded.addAll(wanted);
  }

  /** Writes what the session changed over the versions read, then forgets the working set. */
  void commit() {
    try {
      storage.write(
          changed.stream().map(this::stored).toList(), removed.stream().map(this::stored).toList());
    } finally {
      clear();
    }
  }

  /** Gives stored entities lookups they were stored without; returns how many. */
  int addMissingLookups(int max) {
    List<EntityStorage.Stored> old = storage.withoutLookups(max);
    if (old.isEmpty()) {
      return 0;
    }
    add(old);
    changed.addAll(byId.values());
    commit();
    return old.size();
  }

  private EntityStorage.Stored stored(Entry e) {
    return new EntityStorage.Stored(
        e.id,
        e.type,
        e.display,
        new LinkedHashMap<>(e.forms),
        e.articleCount,
        e.created,
        List.copyOf(lookups(e)),
        e.version);
  }

  private void add(List<EntityStorage.Stored> found) {
    Set<EntityType> touched = new HashSet<>();
    for (EntityStorage.Stored s : found) {
      if (byId.containsKey(s.id()) || removed.stream().anyMatch(r -> r.id.equals(s.id()))) {
        continue;
      }
      Entry e = new Entry(s.id(), s.created(), s.version(), s.type());
      e.forms.putAll(s.forms());
      if (!e.forms.containsKey(s.name())) {
        e.forms.put(s.name(), Math.max(1, s.articleCount()));
      }
      e.articleCount = s.articleCount();
      // The stored name is the one the stored articles carry: it stays until a change is recorded.
      e.display = s.name();
      byId.put(e.id, e);
      entities.get(e.type).add(e);
      touched.add(e.type);
      for (String f : e.forms.keySet()) {
        index(e, f);
      }
    }
    for (EntityType t : touched) {
      entities.get(t).sort(FIRST_REGISTERED);
    }
  }

  // --- reading --------------------------------------------------------------------------------

  /** The entities of a type in the working set, first registered first. */
  List<Entry> all(EntityType t) {
    return Collections.unmodifiableList(entities.get(t));
  }

  /** The entities of the working set, for persisting; most named first. */
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
    return with(Lookup.key(t, key));
  }

  /** The people with a form of this surname key. */
  List<Entry> withSurname(String surnameKey) {
    return with(Lookup.surname(surnameKey));
  }

  /** The people with a full form whose surname has this {@link NameSound} code. */
  List<Entry> withSurnameSound(String code) {
    return with(Lookup.surnameSound(code));
  }

  /** The people with a full form whose first given name is romanised so. */
  List<Entry> withGivenName(String romanised) {
    return with(Lookup.given(romanised));
  }

  /** The people with a form whose whole name, written together, has this sound code. */
  List<Entry> withWholeNameSound(String code) {
    return with(Lookup.wholeSound(code));
  }

  /** The organisations or places that have, or have the initials of, this acronym. */
  List<Entry> withAcronym(EntityType t, String acronym) {
    return with(Lookup.acronym(t, acronym));
  }

  /** The most named of these entities, the first registered among equals; null for none. */
  static Entry mostNamed(List<Entry> es) {
    Entry best = null;
    for (Entry e : es) {
      if (best == null || e.articleCount > best.articleCount) {
        best = e;
      }
    }
    return best;
  }

  private List<Entry> with(String lookup) {
    if (!complete && !loaded.contains(lookup)) {
      if (asked != null) {
        asked.add(lookup);
      } else {
        load(List.of(lookup));
      }
    }
    return byLookup.getOrDefault(lookup, List.of());
  }

  // --- changing -------------------------------------------------------------------------------

  /** A new entity without forms, no article counted yet. */
  Entry create(EntityType t) {
    long created = Math.max(CLOCK.incrementAndGet(), System.currentTimeMillis() * 1000);
    CLOCK.accumulateAndGet(created, Math::max);
    Entry e =
        new Entry(t.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID(), created, null, t);
    entities.get(t).add(e);
    byId.put(e.id, e);
    changed.add(e);
    return e;
  }

  /** Counts a form used by this many more articles. */
  void addForm(Entry e, String form, int articles) {
    boolean isNew = !e.forms.containsKey(form);
    e.forms.merge(form, articles, Integer::sum);
    changed.add(e);
    if (isNew) {
      index(e, form);
    }
  }

  /** Counts one more article naming the entity. */
  void countArticle(Entry e) {
    e.articleCount++;
    changed.add(e);
  }

  void setDisplay(Entry e, String display) {
    if (!display.equals(e.display)) {
      e.display = display;
      changed.add(e);
    }
  }

  void remove(Entry e) {
    forget(e);
    reindexAll();
  }

  /** Moves an entity, with its forms and counts, to another type. */
  void retype(Entry e, EntityType to) {
    entities.get(e.type).remove(e);
    e.type = to;
    entities.get(to).add(e);
    entities.get(to).sort(FIRST_REGISTERED);
    changed.add(e);
    reindexAll();
  }

  /** Removes {@code from} and adds its forms and articles to {@code into}. */
  void absorb(Entry into, Entry from) {
    forget(from);
    for (Map.Entry<String, Integer> f : from.forms.entrySet()) {
      into.forms.merge(f.getKey(), f.getValue(), Integer::sum);
    }
    into.articleCount += from.articleCount;
    changed.add(into);
    reindexAll();
  }

  /**
   * Moves the forms of this key out of an entity into a new one of the same type, named in as many
   * articles as its most used form; the new entity has no display name yet.
   */
  Entry splitOff(Entry e, String key) {
    Entry out = create(e.type);
    for (String f : new ArrayList<>(e.forms.keySet())) {
      if (keys.key(e.type, f).equals(key)) {
        out.forms.put(f, e.forms.remove(f));
      }
    }
    out.articleCount = out.forms.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    changed.add(e);
    reindexAll();
    return out;
  }

  private void forget(Entry e) {
    entities.get(e.type).remove(e);
    byId.remove(e.id);
    changed.remove(e);
    if (e.version != null) {
      removed.add(e);
    }
  }

  // --- lookups --------------------------------------------------------------------------------

  /** Every lookup the entity is found by. */
  private Set<String> lookups(Entry e) {
    Set<String> out = new LinkedHashSet<>();
    for (String f : e.forms.keySet()) {
      out.addAll(lookups(e.type, f));
    }
    return out;
  }

  private List<String> lookups(EntityType t, String form) {
    List<String> out = new ArrayList<>();
    out.add(Lookup.key(t, keys.key(t, form)));
    if (t == EntityType.PERSON) {
      PersonName n = keys.person(form);
      out.add(Lookup.surname(n.surnameKey()));
      for (String code : NameSound.codes(NameKey.compact(n.text()))) {
        out.add(Lookup.wholeSound(code));
      }
      if (n.isFull()) {
        for (String code : NameSound.codes(n.surname())) {
          out.add(Lookup.surnameSound(code));
        }
        out.add(Lookup.given(NameSound.romanised(n.given().get(0))));
      }
    } else {
      String acronym = EntityKeys.acronym(form);
      if (acronym != null) {
        out.add(Lookup.acronym(t, acronym));
      }
    }
    return out;
  }

  private void index(Entry e, String form) {
    for (String lookup : lookups(e.type, form)) {
      List<Entry> list = byLookup.computeIfAbsent(lookup, k -> new ArrayList<>(1));
      if (!list.contains(e)) {
        list.add(e);
        list.sort(FIRST_REGISTERED);
      }
    }
  }

  private void reindexAll() {
    byLookup.clear();
    for (EntityType t : EntityType.values()) {
      for (Entry e : entities.get(t)) {
        for (String f : e.forms.keySet()) {
          index(e, f);
        }
      }
    }
  }

  /** How a lookup is written: what it looks by, then the value. */
  private static final class Lookup {
    private Lookup() {}

    static String key(EntityType t, String key) {
      return "key:" + t + ":" + key;
    }

    static String surname(String surnameKey) {
      return "surname:" + surnameKey;
    }

    static String surnameSound(String code) {
      return "surname-sound:" + code;
    }

    static String given(String romanised) {
      return "given:" + romanised;
    }

    static String wholeSound(String code) {
      return "whole-sound:" + code;
    }

    static String acronym(EntityType t, String acronym) {
      return "acronym:" + t + ":" + acronym;
    }
  }
}
