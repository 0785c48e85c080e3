package io.newsdesk.enrich;

import io.newsdesk.enrich.EntityRegistry.Entry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which known person an article's person joins: by key, then by surname and given names that fit
 * ({@link NameVariants}), then by a surname alike found through its sound, then by the whole name
 * written together one letter away. The rules and their order are set out on {@link EntityMatcher}.
 */
final class PersonMatcher {

  /** How long a name written together must be for one letter to be a typing error. */
  private static final int MIN_WHOLE_FULL = 8;

  private static final int MIN_WHOLE_ONE_WORD = 10;

  private final EntityRegistry registry;
  private final EntityKeys keys;
  private final NameVariants variants;

  PersonMatcher(EntityRegistry registry, EntityKeys keys, NameVariants variants) {
    this.registry = registry;
    this.keys = keys;
    this.variants = variants;
  }

  /** The person the article entity joins; null for none. */
  Entry match(DocEntity d, MentionCandidates candidates) {
    PersonName name = keys.person(d.name());
    // 2. same key, full forms only when the article has a full form
    for (String v : d.variants().keySet()) {
      if (name.isFull() && !keys.person(v).isFull()) {
        continue;
      }
      Entry e = candidates.sameKey(v);
      if (e != null) {
        return e;
      }
    }
    Entry e = candidates.sameKey(d.name());
    if (e != null) {
      return e;
    }
    // 3. surname and given names, then spellings that sound alike or have a typing error
    List<Entry> all = registry.withSurname(name.surnameKey());
    List<Entry> open = all.stream().filter(c -> !candidates.keptApart(c)).toList();
    if (!name.isFull()) {
      return open.isEmpty() ? spelledAlike(name, candidates) : EntityRegistry.mostNamed(open);
    }
    List<Entry> sameGiven = new ArrayList<>();
    List<Entry> initial = new ArrayList<>();
    List<Entry> surnameOnly = new ArrayList<>();
    List<Entry> variant = new ArrayList<>();
    for (Entry c : open) {
      // The least compatible of the entity's full names decides: "J. Smith" may be John, but an
      // entity that is also "John Smith" is not Jane. An entity whose own full names conflict
      // has another name its articles gave ("Omar Tchiani"): there the best fit decides.
      List<PersonName> same =
          fullNames(c).stream().filter(f -> f.surnameKey().equals(name.surnameKey())).toList();
      NameVariants.Fit worst = null;
      NameVariants.Fit best = null;
      for (PersonName f : same) {
        NameVariants.Fit fit = variants.given(f, name);
        worst = worst == null || fit.ordinal() > worst.ordinal() ? fit : worst;
        best = best == null || fit.ordinal() < best.ordinal() ? fit : best;
      }
      NameVariants.Fit decisive = hasConflict(same) ? best : worst;
      if (decisive == null) {
        if (!hasOtherWholeName(c, name)) {
          surnameOnly.add(c);
        }
      } else {
        switch (decisive) {
          case SAME -> sameGiven.add(c);
          case INITIALS -> initial.add(c);
          case VARIANT -> variant.add(c);
          case CONFLICT -> {}
        }
      }
    }
    if (!sameGiven.isEmpty()) {
      return EntityRegistry.mostNamed(sameGiven);
    }
    if (!initial.isEmpty()) {
      return EntityRegistry.mostNamed(initial);
    }
    if (!surnameOnly.isEmpty()) {
      return EntityRegistry.mostNamed(surnameOnly);
    }
    if (variant.size() == 1 && all.size() == 1) {
      return variant.get(0);
    }
    if (!variant.isEmpty()) {
      return null;
    }
    Entry soundAlike = alike(name, candidates);
    return soundAlike != null ? soundAlike : spelledAlike(name, candidates);
  }

  /**
   * The one entity with a form that, written together, is one letter away from this name written
   * together ("Waqar-uz-Zaman" and "Waker uz Zaman"), found through its sound. For a name in full,
   * only a form that splits the words otherwise ("Woo Won-sik" and "Woo Won Shik"): where the words
   * match one by one, the given-name rules have decided ("Maria Silva" is not "Mario Silva").
   */
  private Entry spelledAlike(PersonName name, MentionCandidates candidates) {
    String key = NameKey.compact(name.text());
    int minLength = name.isFull() ? MIN_WHOLE_FULL : MIN_WHOLE_ONE_WORD;
    if (key.length() < minLength) {
      return null;
    }
    Set<Entry> pool = new LinkedHashSet<>();
    for (String code : NameSound.codes(key)) {
      pool.addAll(registry.withWholeNameSound(code));
    }
    Entry found = null;
    for (Entry c : pool) {
      if (candidates.keptApart(c) || !hasFormOneLetterAway(c, name, key, minLength)) {
        continue;
      }
      if (found != null) {
        return null;
      }
      found = c;
    }
    return found;
  }

  private boolean hasFormOneLetterAway(Entry c, PersonName name, String key, int minLength) {
    for (String f : c.forms().keySet()) {
      PersonName form = keys.person(f);
      if (name.isFull() && (!form.isFull() || form.words().size() == name.words().size())) {
        continue;
      }
      String other = NameKey.compact(form.text());
      if (other.length() >= minLength && Edits.distance(key, other) == 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one entity whose full names all have a surname alike ({@link NameVariants#surnamesAlike})
   * and given names that fit, found through the sound of the surname or the given name; null when
   * none or several fit.
   */
  private Entry alike(PersonName name, MentionCandidates candidates) {
    Set<Entry> pool = new LinkedHashSet<>();
    for (String code : NameSound.codes(name.surname())) {
      pool.addAll(registry.withSurnameSound(code));
    }
    pool.addAll(registry.withGivenName(NameSound.romanised(name.given().get(0))));
    Entry found = null;
    for (Entry c : pool) {
      if (candidates.keptApart(c)) {
        continue;
      }
      List<PersonName> full = fullNames(c);
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

  /**
   * Whether the entity has a hyphenated whole name ending otherwise than this name's surname: known
   * as "Waker-uz-Zaman" and "Zaman", it is no "Zaman" known by surname only, open to any given
   * name.
   */
  private boolean hasOtherWholeName(Entry c, PersonName name) {
    for (String f : c.forms().keySet()) {
      PersonName form = keys.person(f);
      if (!form.isFull()
          && form.words().size() == 1
          && f.indexOf('-') > 0
          && !form.surnameKey().equals(name.surnameKey())) {
        return true;
      }
    }
    return false;
  }

  private boolean hasConflict(List<PersonName> names) {
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        if (variants.given(names.get(i), names.get(j)) == NameVariants.Fit.CONFLICT) {
          return true;
        }
      }
    }
    return false;
  }

  /** The entity's forms that are full names, given name and surname. */
  private List<PersonName> fullNames(Entry e) {
    List<PersonName> out = new ArrayList<>();
    for (String f : e.forms().keySet()) {
      PersonName n = keys.person(f);
      if (n.isFull()) {
        out.add(n);
      }
    }
    return out;
  }
}
