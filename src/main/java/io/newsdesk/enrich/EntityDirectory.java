package io.newsdesk.enrich;

import io.newsdesk.article.EntityType;
import java.util.ArrayList;
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
import java.util.Optional;
import java.util.Set;

/**
 * The corpus-wide registry of entities, so that one person (organisation, place) has one canonical
 * name across all articles. In memory; every method is synchronized, so one instance serves all
 * ingest threads. {@link #snapshot()} and {@link #restore(List)} let the index side persist it.
 *
 * <h2>Resolution</h2>
 *
 * An article's {@link DocEntity} resolves to an existing entity when, in this order:
 *
 * <ol>
 *   <li>a {@link Curation} merge or rename rule names it and an entity holds one of the rule's
 *       names;
 *   <li>one of its forms has the same {@link NameKey} as a form of the entity (for a person, only
 *       its full forms, so "Melania Trump" never joins Donald by the shared "Trump");
 *   <li>for a person: the surname keys match and the given names fit ({@link NameVariants}):
 *       missing on one side, same key, initials or middle names of the other ("J. Smith", "JD
 *       Vance"), or a variant (a nickname, a listed or romanised spelling, a typing error) when the
 *       directory knows just one person with that surname. Every full form of the entity must fit:
 *       "J. Smith" joins "John Smith", but Jane Smith does not join an entity that is "John Smith"
 *       and "J. Smith". Better matches win (same given name, then initials, then an entity known by
 *       surname only, then a variant); among equals, and for a surname alone, the entity named in
 *       most articles;
 *   <li>for a person named in full that nothing above matched: the one entity, found through the
 *       {@link NameSound} codes of the surname or the romanised given name, whose full names all
 *       have a surname alike (Hrebeniuk/Grebenyuk, Lavrov/Lavror) and given names that fit; none if
 *       several do;
 *   <li>for an organisation or place: it is in a {@link Gazetteer} group with one of the entity's
 *       forms (Kyiv/Kiev, AFP/Agence France-Presse), or one is the other's acronym (UN/United
 *       Nations, NATO/North Atlantic Treaty Organization), when just one entity fits;
 * </ol>
 *
 * else it is a new entity. No fuzzy rule joins names a curation split rule keeps apart.
 *
 * <h2>Display name</h2>
 *
 * Unless a curation rename fixes it, the display name is the form used by most articles; for a
 * person, among the full forms (given name and surname) when there are any, and not a form in
 * capitals when another exists. Ties go to the form whose given-name and surname spellings are used
 * most across all of the entity's forms (so from "Volodymyr Zelenskiy", "Volodymyr Zelenskyy",
 * "Vladimir Zelensky", "Volodymyr Zelensky" and "Zelensky" once each, "Volodymyr Zelensky"), for a
 * place or organisation to the gazetteer's preferred name (Kyiv over Kiev); then to the longest,
 * then alphabetically. So the name follows usage, and can change as articles come in: {@link
 * #drainNameChanges()} says when.
 */
public final class EntityDirectory {

  /** A resolved article entity: its mention (type as curated) and the entity it belongs to. */
  public record Resolved(DocEntity mention, CanonicalEntity entity) {}

  /** A display name that changed, so the index side can update what it stored under the old one. */
  public record NameChange(EntityType type, String oldName, String newName) {}

  private static final Set<String> ACRONYM_STOPWORDS =
      Set.of(
          "of", "the", "and", "for", "on", "in", "to", "at", "de", "du", "des", "la", "le", "et",
          "&");

  /** From this many articles on, the display name changes only on a clear lead. */
  static final int STEADY_AFTER_ARTICLES = 10;

  private final Gazetteer gazetteer;
  private final Map<EntityType, List<Entity>> entities = new EnumMap<>(EntityType.class);
  private final Map<EntityType, Map<String, List<Entity>>> byKey = new EnumMap<>(EntityType.class);
  private final Map<EntityType, Map<String, List<Entity>>> bySurname =
      new EnumMap<>(EntityType.class);
  private final Map<EntityType, Map<String, List<Entity>>> byAcronym =
      new EnumMap<>(EntityType.class);
  private final List<NameChange> nameChanges = new ArrayList<>();
  private final Map<String, List<Entity>> bySound = new HashMap<>();
  private final Map<String, List<Entity>> byGiven = new HashMap<>();
  private final NameVariants variants;
  private Curation curation = Curation.empty();

  private final class Entity {
    EntityType type;
    final LinkedHashMap<String, Integer> forms = new LinkedHashMap<>();
    int articleCount;
    String display;

    Entity(EntityType type) {
      this.type = type;
    }

    Set<String> keys() {
      Set<String> keys = new HashSet<>();
      for (String f : forms.keySet()) {
        keys.add(key(type, f));
      }
      return keys;
    }

    List<PersonName> fullNames() {
      List<PersonName> out = new ArrayList<>();
      for (String f : forms.keySet()) {
        PersonName n = PersonName.parse(f, gazetteer);
        if (n.isFull()) {
          out.add(n);
        }
      }
      return out;
    }

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

  public EntityDirectory() {
    this(Gazetteer.defaults());
  }

  public EntityDirectory(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.variants = new NameVariants(gazetteer, Nicknames.shipped());
    for (EntityType t : EntityType.values()) {
      entities.put(t, new ArrayList<>());
      byKey.put(t, new HashMap<>());
      bySurname.put(t, new HashMap<>());
      byAcronym.put(t, new HashMap<>());
    }
  }

  // --- public API ------------------------------------------------------------------------------

  /**
   * Resolves one article's entities and registers them: each entity touched counts the article
   * once, and each form once. Entities a curation rule drops are left out; the others come back in
   * order, with their type as curated.
   */
  public synchronized List<Resolved> resolveArticle(List<DocEntity> article) {
    List<DocEntity> curated = new ArrayList<>();
    for (DocEntity d : article) {
      DocEntity c = curate(d);
      if (c != null) {
        curated.add(c);
      }
    }
    Map<Entity, String> before = new IdentityHashMap<>();
    Map<Entity, Set<String>> formsOfArticle = new IdentityHashMap<>();
    List<Entity> resolved = new ArrayList<>();
    for (DocEntity d : curated) {
      Entity e = match(d);
      if (e == null) {
        e = new Entity(d.type());
        entities.get(d.type()).add(e);
      } else if (!formsOfArticle.containsKey(e)) {
        before.put(e, e.display);
      }
      resolved.add(e);
      Set<String> seen = formsOfArticle.computeIfAbsent(e, k -> new HashSet<>());
      for (String f : d.variants().keySet()) {
        if (seen.add(f)) {
          addForm(e, f, 1);
        }
      }
    }
    for (Entity e : formsOfArticle.keySet()) {
      e.articleCount++;
      e.display = steadyDisplay(e);
      String old = before.get(e);
      if (old != null && !old.equals(e.display)) {
        nameChanges.add(new NameChange(e.type, old, e.display));
      }
    }
    List<Resolved> out = new ArrayList<>();
    for (int i = 0; i < curated.size(); i++) {
      out.add(new Resolved(curated.get(i), resolved.get(i).view()));
    }
    return out;
  }

  /** The entity a name would resolve to, without registering anything. */
  public synchronized Optional<CanonicalEntity> find(EntityType type, String name) {
    DocEntity d = curate(DocEntity.of(type, name, 1, io.newsdesk.article.EntityRole.SUBJECT));
    if (d == null) {
      return Optional.empty();
    }
    Entity e = match(d);
    return Optional.ofNullable(e).map(Entity::view);
  }

  /** Every entity, for persisting; most named first. */
  public synchronized List<CanonicalEntity> snapshot() {
    List<CanonicalEntity> out = new ArrayList<>();
    for (EntityType t : EntityType.values()) {
      for (Entity e : entities.get(t)) {
        out.add(e.view());
      }
    }
    out.sort(
        Comparator.comparing((CanonicalEntity c) -> -c.articleCount())
            .thenComparing(CanonicalEntity::type)
            .thenComparing(CanonicalEntity::name));
    return out;
  }

  /** Replaces the directory's content with a snapshot (the curation in force is kept). */
  public synchronized void restore(List<CanonicalEntity> snapshot) {
    for (EntityType t : EntityType.values()) {
      entities.get(t).clear();
    }
    for (CanonicalEntity c : snapshot) {
      Entity e = new Entity(c.type());
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
    applyCurationToExisting();
  }

  /** Puts a curation in force: for resolutions from now on, and on the entities already known. */
  public synchronized void curate(Curation newCuration) {
    this.curation = newCuration;
    applyCurationToExisting();
  }

  public synchronized Curation curation() {
    return curation;
  }

  /** How many entities the directory holds. */
  public synchronized int size() {
    return entities.values().stream().mapToInt(List::size).sum();
  }

  /** The display names that changed since the last call, oldest first. */
  public synchronized List<NameChange> drainNameChanges() {
    List<NameChange> out = List.copyOf(nameChanges);
    nameChanges.clear();
    return out;
  }

  // --- curation -------------------------------------------------------------------------------

  /** The entity as the curation has it: null if dropped, retyped if a rule says so. */
  private DocEntity curate(DocEntity d) {
    String k = key(d.type(), d.name());
    for (Curation.Rule r : curation.rules(Curation.Action.DROP)) {
      if (r.appliesTo(d.type()) && key(d.type(), r.names().get(0)).equals(k)) {
        return null;
      }
    }
    for (Curation.Rule r : curation.rules(Curation.Action.RETYPE)) {
      if (r.appliesTo(d.type()) && key(d.type(), r.names().get(0)).equals(k)) {
        return new DocEntity(r.newType(), d.name(), d.variants(), d.mentions(), d.role());
      }
    }
    return d;
  }

  private void applyCurationToExisting() {
    for (Curation.Rule r : curation.rules(Curation.Action.RETYPE)) {
      for (EntityType t : types(r)) {
        Entity e = holder(t, r.names().get(0));
        if (e != null && t != r.newType()) {
          entities.get(t).remove(e);
          e.type = r.newType();
          Entity into = holder(r.newType(), r.names().get(0));
          if (into != null) {
            absorb(into, e);
          } else {
            entities.get(r.newType()).add(e);
          }
          reindexAll();
        }
      }
    }
    for (Curation.Rule r : curation.rules(Curation.Action.DROP)) {
      for (EntityType t : types(r)) {
        Entity e = holder(t, r.names().get(0));
        if (e != null) {
          entities.get(t).remove(e);
          reindexAll();
        }
      }
    }
    for (Curation.Rule r : curation.rules(Curation.Action.MERGE)) {
      for (EntityType t : types(r)) {
        Entity into = null;
        for (String name : r.names()) {
          Entity e = holder(t, name);
          if (e == null || e == into) {
            continue;
          }
          if (into == null) {
            into = e;
          } else {
            entities.get(t).remove(e);
            absorb(into, e);
            reindexAll();
          }
        }
      }
    }
    for (Curation.Rule r : curation.rules(Curation.Action.SPLIT)) {
      for (EntityType t : types(r)) {
        for (String name : r.names().subList(1, r.names().size())) {
          Entity e = holder(t, name);
          if (e == null || e != holder(t, r.names().get(0))) {
            continue;
          }
          String k = key(t, name);
          Entity out = new Entity(t);
          for (String f : new ArrayList<>(e.forms.keySet())) {
            if (key(t, f).equals(k)) {
              out.forms.put(f, e.forms.remove(f));
            }
          }
          out.articleCount =
              out.forms.values().stream().mapToInt(Integer::intValue).max().orElse(1);
          entities.get(t).add(out);
          reindexAll();
        }
      }
    }
    refreshDisplays();
  }

  private List<EntityType> types(Curation.Rule r) {
    return r.type() == null ? List.of(EntityType.values()) : List.of(r.type());
  }

  private void absorb(Entity into, Entity from) {
    for (Map.Entry<String, Integer> f : from.forms.entrySet()) {
      into.forms.merge(f.getKey(), f.getValue(), Integer::sum);
    }
    into.articleCount += from.articleCount;
    if (from.display != null && !from.display.equals(into.display)) {
      nameChanges.add(new NameChange(from.type, from.display, into.display));
    }
  }

  /** The entity holding a form with this name's key, the most named if several. */
  private Entity holder(EntityType t, String name) {
    return mostNamed(byKey.get(t).getOrDefault(key(t, name), List.of()));
  }

  private boolean keptApart(EntityType t, Set<String> keysA, Entity e) {
    List<Curation.Rule> splits = curation.rules(Curation.Action.SPLIT);
    if (splits.isEmpty()) {
      return false;
    }
    Set<String> keysB = e.keys();
    for (Curation.Rule r : splits) {
      if (!r.appliesTo(t)) {
        continue;
      }
      for (String a : r.names()) {
        for (String b : r.names()) {
          if (!a.equals(b)
              && keysA.contains(key(t, a))
              && keysB.contains(key(t, b))
              && !keysB.contains(key(t, a))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  // --- matching -------------------------------------------------------------------------------

  private Entity match(DocEntity d) {
    EntityType t = d.type();
    Set<String> keys = new HashSet<>();
    for (String v : d.variants().keySet()) {
      keys.add(key(t, v));
    }
    keys.add(key(t, d.name()));

    // 1. curation: merge and rename rules link names whatever their spelling.
    for (Curation.Rule r : curation.rules()) {
      if ((r.action() == Curation.Action.MERGE || r.action() == Curation.Action.RENAME)
          && r.appliesTo(t)
          && r.names().stream().anyMatch(n -> keys.contains(key(t, n)))) {
        for (String n : r.names()) {
          Entity e = holder(t, n);
          if (e != null) {
            return e;
          }
        }
      }
    }
    return switch (t) {
      case PERSON -> matchPerson(d, keys);
      case ORGANIZATION, PLACE -> matchNamed(d, keys);
    };
  }

  private Entity matchPerson(DocEntity d, Set<String> keys) {
    EntityType t = EntityType.PERSON;
    PersonName name = PersonName.parse(d.name(), gazetteer);
    // 2. same key, full forms only when the article has a full form
    for (String v : d.variants().keySet()) {
      if (name.isFull() && !PersonName.parse(v, gazetteer).isFull()) {
        continue;
      }
      Entity e = exact(t, v, keys);
      if (e != null) {
        return e;
      }
    }
    Entity e = exact(t, d.name(), keys);
    if (e != null) {
      return e;
    }
    // 3. surname and given names, then spellings that sound alike or have a typing error
    List<Entity> all = bySurname.get(t).getOrDefault(name.surnameKey(), List.of());
    List<Entity> candidates = all.stream().filter(c -> !keptApart(t, keys, c)).toList();
    if (!name.isFull()) {
      return candidates.isEmpty() ? null : mostNamed(candidates);
    }
    List<Entity> sameGiven = new ArrayList<>();
    List<Entity> initial = new ArrayList<>();
    List<Entity> surnameOnly = new ArrayList<>();
    List<Entity> variant = new ArrayList<>();
    for (Entity c : candidates) {
      // The least compatible of the entity's full names decides: "J. Smith" may be John, but an
      // entity that is also "John Smith" is not Jane.
      NameVariants.Fit worst = null;
      for (PersonName f : c.fullNames()) {
        if (f.surnameKey().equals(name.surnameKey())) {
          NameVariants.Fit fit = variants.given(f, name);
          worst = worst == null || fit.ordinal() > worst.ordinal() ? fit : worst;
        }
      }
      if (worst == null) {
        surnameOnly.add(c);
      } else {
        switch (worst) {
          case SAME -> sameGiven.add(c);
          case INITIALS -> initial.add(c);
          case VARIANT -> variant.add(c);
          case CONFLICT -> {}
        }
      }
    }
    if (!sameGiven.isEmpty()) {
      return mostNamed(sameGiven);
    }
    if (!initial.isEmpty()) {
      return mostNamed(initial);
    }
    if (!surnameOnly.isEmpty()) {
      return mostNamed(surnameOnly);
    }
    if (variant.size() == 1 && all.size() == 1) {
      return variant.get(0);
    }
    return variant.isEmpty() ? alike(name, keys) : null;
  }

  /**
   * The one entity whose full names all have a surname alike ({@link NameVariants#surnamesAlike})
   * and given names that fit, found through the sound of the surname or the given name; null when
   * none or several fit.
   */
  private Entity alike(PersonName name, Set<String> keys) {
    EntityType t = EntityType.PERSON;
    Set<Entity> pool = new LinkedHashSet<>();
    for (String code : NameSound.codes(name.surname())) {
      pool.addAll(bySound.getOrDefault(code, List.of()));
    }
    pool.addAll(byGiven.getOrDefault(NameSound.romanised(name.given().get(0)), List.of()));
    Entity found = null;
    for (Entity c : pool) {
      if (keptApart(t, keys, c)) {
        continue;
      }
      List<PersonName> full = c.fullNames();
      boolean fits = !full.isEmpty();
      for (PersonName f : full) {
        fits &=
            variants.surnamesAlike(f, name) && variants.given(f, name) != NameVariants.Fit.CONFLICT;
      }
      if (fits) {
        if (found != null) {
          return null;
        }
        found = c;
      }
    }
    return found;
  }

  private Entity matchNamed(DocEntity d, Set<String> keys) {
    EntityType t = d.type();
    List<String> forms = new ArrayList<>(d.variants().keySet());
    if (!forms.contains(d.name())) {
      forms.add(0, d.name());
    }
    // 2. same key
    for (String v : forms) {
      Entity e = exact(t, v, keys);
      if (e != null) {
        return e;
      }
    }
    // 4a. gazetteer groups: exonyms of places, names of agencies
    for (String v : forms) {
      List<String> group =
          t == EntityType.PLACE
              ? gazetteer.placeGroup(v).orElse(List.of())
              : gazetteer.agency(v).map(Gazetteer.Agency::names).orElse(List.of());
      for (String g : group) {
        Entity e = exact(t, g, keys);
        if (e != null) {
          return e;
        }
      }
    }
    // 4b. acronyms, when just one entity fits
    for (String v : forms) {
      String acronym = isAcronym(v) ? NameKey.plain(v) : initials(v);
      if (acronym == null) {
        continue;
      }
      List<Entity> fits = new ArrayList<>();
      for (Entity c : byAcronym.get(t).getOrDefault(acronym, List.of())) {
        if (!keptApart(t, keys, c) && acronymFits(c, v, acronym)) {
          fits.add(c);
        }
      }
      if (fits.size() == 1) {
        return fits.get(0);
      }
    }
    return null;
  }

  /**
   * Whether an entity indexed under an acronym takes this form: an acronym joins an entity with a
   * full name of those initials; a full name joins an entity that has the acronym and no other full
   * name of those initials.
   */
  private boolean acronymFits(Entity c, String form, String acronym) {
    if (isAcronym(form)) {
      return c.forms.keySet().stream().anyMatch(f -> acronym.equals(initials(f)));
    }
    boolean hasAcronym =
        c.forms.keySet().stream().anyMatch(f -> isAcronym(f) && NameKey.plain(f).equals(acronym));
    if (!hasAcronym) {
      return false;
    }
    String k = NameKey.plain(form);
    return c.forms.keySet().stream()
        .noneMatch(f -> acronym.equals(initials(f)) && !NameKey.plain(f).equals(k));
  }

  private Entity exact(EntityType t, String form, Set<String> keys) {
    List<Entity> hits = byKey.get(t).getOrDefault(key(t, form), List.of());
    return mostNamed(hits.stream().filter(e -> !keptApart(t, keys, e)).toList());
  }

  private static Entity mostNamed(List<Entity> es) {
    Entity best = null;
    for (Entity e : es) {
      if (best == null || e.articleCount > best.articleCount) {
        best = e;
      }
    }
    return best;
  }

  // --- keys and indexes -----------------------------------------------------------------------

  /** The matching key of a name of this type. */
  String key(EntityType t, String name) {
    return switch (t) {
      case PERSON -> NameKey.compact(PersonName.parse(name, gazetteer).text());
      case ORGANIZATION -> NameKey.plain(name);
      case PLACE -> NameKey.of(name);
    };
  }

  /** "UN", "U.S.", "NATO": two to six capitals, dots allowed. */
  static boolean isAcronym(String form) {
    String s = form.replace(".", "");
    if (s.length() < 2 || s.length() > 6) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isUpperCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The lowercase initials of a name of two or more words, small words skipped; else null. */
  static String initials(String form) {
    StringBuilder sb = new StringBuilder();
    for (String w : form.split("[\\s\\-‐‑–]+")) {
      if (w.isEmpty() || ACRONYM_STOPWORDS.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        return null;
      }
      sb.append(NameKey.plain(w.substring(0, 1)));
    }
    return sb.length() >= 2 ? sb.toString() : null;
  }

  private void addForm(Entity e, String form, int articles) {
    boolean isNew = !e.forms.containsKey(form);
    e.forms.merge(form, articles, Integer::sum);
    if (isNew) {
      index(e, form);
    }
  }

  private void index(Entity e, String form) {
    EntityType t = e.type;
    addTo(byKey.get(t), key(t, form), e);
    if (t == EntityType.PERSON) {
      PersonName n = PersonName.parse(form, gazetteer);
      addTo(bySurname.get(t), n.surnameKey(), e);
      if (n.isFull()) {
        for (String code : NameSound.codes(n.surname())) {
          addTo(bySound, code, e);
        }
        addTo(byGiven, NameSound.romanised(n.given().get(0)), e);
      }
    } else {
      String acronym = isAcronym(form) ? NameKey.plain(form) : initials(form);
      if (acronym != null) {
        addTo(byAcronym.get(t), acronym, e);
      }
    }
  }

  private static void addTo(Map<String, List<Entity>> map, String key, Entity e) {
    List<Entity> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (!list.contains(e)) {
      list.add(e);
    }
  }

  private void reindexAll() {
    bySound.clear();
    byGiven.clear();
    for (EntityType t : EntityType.values()) {
      byKey.get(t).clear();
      bySurname.get(t).clear();
      byAcronym.get(t).clear();
      for (Entity e : entities.get(t)) {
        for (String f : e.forms.keySet()) {
          index(e, f);
        }
      }
    }
  }

  private void refreshDisplays() {
    for (EntityType t : EntityType.values()) {
      for (Entity e : entities.get(t)) {
        String old = e.display;
        e.display = steadyDisplay(e);
        if (old != null && !old.equals(e.display)) {
          nameChanges.add(new NameChange(t, old, e.display));
        }
      }
    }
  }

  // --- display name ---------------------------------------------------------------------------

  private Optional<String> curatedName(Entity e) {
    for (Curation.Rule r : curation.rules(Curation.Action.RENAME)) {
      if (r.appliesTo(e.type) && e.keys().contains(key(e.type, r.names().get(0)))) {
        return Optional.of(r.names().get(1));
      }
    }
    return Optional.empty();
  }

  /** The most used full form, ties to the most used spellings, then the longest. */
  private String preferredForm(Entity e) {
    List<String> pool = new ArrayList<>(e.forms.keySet());
    if (e.type == EntityType.PERSON) {
      List<String> full =
          pool.stream().filter(f -> PersonName.parse(f, gazetteer).isFull()).toList();
      if (!full.isEmpty()) {
        pool = new ArrayList<>(full);
      }
      List<String> notCaps = pool.stream().filter(f -> !hasCapsWord(f)).toList();
      if (!notCaps.isEmpty()) {
        pool = new ArrayList<>(notCaps);
      }
    }
    Map<String, Integer> spelling = spellingUses(e);
    Comparator<String> order =
        Comparator.comparing((String f) -> -e.forms.get(f))
            .thenComparing(f -> -tieScore(e, f, spelling))
            .thenComparing(f -> -f.length())
            .thenComparing(f -> f);
    return pool.stream().min(order).orElseThrow();
  }

  /**
   * The display name, changed only on a clear lead once an entity is named often: each change
   * rewrites every stored article that names it, and two spellings used about equally would
   * otherwise flip back and forth.
   */
  private String steadyDisplay(Entity e) {
    Optional<String> curated = curatedName(e);
    if (curated.isPresent()) {
      return curated.get();
    }
    String best = preferredForm(e);
    String current = e.display;
    if (current == null
        || current.equals(best)
        || !e.forms.containsKey(current)
        || e.articleCount < STEADY_AFTER_ARTICLES
        || (e.type == EntityType.PERSON
            && PersonName.parse(best, gazetteer).isFull()
            && !PersonName.parse(current, gazetteer).isFull())) {
      return best;
    }
    int currentUses = e.forms.get(current);
    int lead = e.forms.get(best) - currentUses;
    // A quarter: two spellings drawn about equally often drift apart by about the square root of
    // their uses, so a lead of a tenth was crossed again and again; a quarter rarely is after 60.
    return lead >= Math.max(2, currentUses / 4) ? best : current;
  }

  private static boolean hasCapsWord(String form) {
    for (String w : PersonName.words(form)) {
      if (PersonName.isAllCaps(w) && w.replaceAll("\\P{L}", "").length() >= 3) {
        return true;
      }
    }
    return false;
  }

  /** For people: how many uses each given-name and surname spelling has across all forms. */
  private Map<String, Integer> spellingUses(Entity e) {
    Map<String, Integer> uses = new HashMap<>();
    if (e.type != EntityType.PERSON) {
      return uses;
    }
    for (Map.Entry<String, Integer> f : e.forms.entrySet()) {
      PersonName n = PersonName.parse(f.getKey(), gazetteer);
      uses.merge("s:" + n.surname(), f.getValue(), Integer::sum);
      if (n.isFull()) {
        uses.merge("g:" + n.given().get(0), f.getValue(), Integer::sum);
      }
    }
    return uses;
  }

  private int tieScore(Entity e, String form, Map<String, Integer> spelling) {
    if (e.type == EntityType.PERSON) {
      PersonName n = PersonName.parse(form, gazetteer);
      int s = spelling.getOrDefault("s:" + n.surname(), 0);
      return n.isFull() ? s + spelling.getOrDefault("g:" + n.given().get(0), 0) : s;
    }
    List<String> group =
        e.type == EntityType.PLACE
            ? gazetteer.placeGroup(form).orElse(List.of())
            : gazetteer.agency(form).map(Gazetteer.Agency::names).orElse(List.of());
    return !group.isEmpty() && group.get(0).equals(form) ? 1 : 0;
  }
}
