package io.newsdesk.enrich;

import io.newsdesk.article.EntityType;
import io.newsdesk.enrich.EntityRegistry.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which known entity an article's {@link DocEntity} joins. It joins an existing entity when, in
 * this order:
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
 *       several do; failing that, the one entity with a form that, written together, is one letter
 *       away and splits its words otherwise (Waqar-uz-Zaman/Waker uz Zaman, Woo Won-sik/Woo Won
 *       Shik);
 *   <li>for an organisation or place: it is in a {@link Gazetteer} group with one of the entity's
 *       forms (Kyiv/Kiev, AFP/Agence France-Presse), or one is the other's acronym (UN/United
 *       Nations, NATO/North Atlantic Treaty Organization), when just one entity fits;
 * </ol>
 *
 * else it is a new entity. No fuzzy rule joins names a curation split rule keeps apart. People are
 * matched by a {@link PersonMatcher}, organisations and places here.
 */
final class EntityMatcher {

  private final EntityRegistry registry;
  private final EntityKeys keys;
  private final Gazetteer gazetteer;
  private final PersonMatcher persons;

  EntityMatcher(
      EntityRegistry registry, EntityKeys keys, Gazetteer gazetteer, NameVariants variants) {
    this.registry = registry;
    this.keys = keys;
    this.gazetteer = gazetteer;
    this.persons = new PersonMatcher(registry, keys, variants);
  }

  /** The entity the article entity joins under this curation; null for a new one. */
  Entry match(DocEntity d, Curation curation) {
    EntityType t = d.type();
    MentionCandidates candidates = new MentionCandidates(d, registry, keys, curation);

    // 1. curation: merge and rename rules link names whatever their spelling.
    for (Curation.Rule r : curation.rules()) {
      if ((r.action() == Curation.Action.MERGE || r.action() == Curation.Action.RENAME)
          && r.appliesTo(t)
          && r.names().stream().anyMatch(n -> candidates.keys().contains(keys.key(t, n)))) {
        for (String n : r.names()) {
          Entry e = registry.holder(t, n);
          if (e != null) {
            return e;
          }
        }
      }
    }
    return switch (t) {
      case PERSON -> persons.match(d, candidates);
      case ORGANIZATION, PLACE -> matchNamed(d, candidates);
    };
  }

  private Entry matchNamed(DocEntity d, MentionCandidates candidates) {
    EntityType t = d.type();
    List<String> forms = new ArrayList<>(d.variants().keySet());
    if (!forms.contains(d.name())) {
      forms.add(0, d.name());
    }
    // 2. same key
    for (String v : forms) {
      Entry e = candidates.sameKey(v);
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
        Entry e = candidates.sameKey(g);
        if (e != null) {
          return e;
        }
      }
    }
    // 4b. acronyms, when just one entity fits
    for (String v : forms) {
      String acronym = EntityKeys.acronym(v);
      if (acronym == null) {
        continue;
      }
      List<Entry> fits = new ArrayList<>();
      for (Entry c : registry.withAcronym(t, acronym)) {
        if (!candidates.keptApart(c) && acronymFits(c, v, acronym)) {
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
  private static boolean acronymFits(Entry c, String form, String acronym) {
    Set<String> forms = c.forms().keySet();
    if (EntityKeys.isAcronym(form)) {
      return forms.stream().anyMatch(f -> acronym.equals(EntityKeys.initials(f)));
    }
    boolean hasAcronym =
        forms.stream().anyMatch(f -> EntityKeys.isAcronym(f) && NameKey.plain(f).equals(acronym));
    if (!hasAcronym) {
      return false;
    }
    String k = NameKey.plain(form);
    return forms.stream()
        .noneMatch(f -> acronym.equals(EntityKeys.initials(f)) && !NameKey.plain(f).equals(k));
  }
}
