package io.newsdesk.enrich;

import io.newsdesk.article.EntityNameChange;
import io.newsdesk.article.EntityType;
import io.newsdesk.enrich.EntityRegistry.Entry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses each entity's display name, and logs the names that change.
 *
 * <p>Unless a curation rename fixes it, the display name is the form used by most articles; for a
 * person, among the full forms (given name and surname) when there are any, and not a form in
 * capitals when another exists. Ties go to the form whose given-name and surname spellings are used
 * most across all of the entity's forms (so from "Volodymyr Zelenskiy", "Volodymyr Zelenskyy",
 * "Vladimir Zelensky", "Volodymyr Zelensky" and "Zelensky" once each, "Volodymyr Zelensky"), for a
 * place or organisation to the gazetteer's preferred name (Kyiv over Kiev); then to the longest,
 * then alphabetically. So the name follows usage, and can change as articles come in: {@link
 * #drainChanges()} says when.
 */
final class DisplayNames {

  /** From this many articles on, the display name changes only on a clear lead. */
  static final int STEADY_AFTER_ARTICLES = 10;

  private final EntityRegistry registry;
  private final EntityKeys keys;
  private final Gazetteer gazetteer;
  private final List<EntityNameChange> changes = new ArrayList<>();

  DisplayNames(EntityRegistry registry, EntityKeys keys, Gazetteer gazetteer) {
    this.registry = registry;
    this.keys = keys;
    this.gazetteer = gazetteer;
  }

  /** Chooses the entity's display name again; a change from a name it had is logged. */
  void refresh(Entry e, Curation curation) {
    String old = e.display();
    String now = steadyDisplay(e, curation);
    registry.setDisplay(e, now);
    if (old != null && !old.equals(now)) {
      changes.add(new EntityNameChange(e.type(), old, now));
    }
  }

  /** Chooses every entity's display name again. */
  void refreshAll(Curation curation) {
    for (EntityType t : EntityType.values()) {
      for (Entry e : registry.all(t)) {
        refresh(e, curation);
      }
    }
  }

  /** Logs that the name of an entity merged into another now leads to the other's. */
  void merged(Entry from, Entry into) {
    if (from.display() != null && !from.display().equals(into.display())) {
      changes.add(new EntityNameChange(from.type(), from.display(), into.display()));
    }
  }

  /** The display names that changed since the last call, oldest first. */
  List<EntityNameChange> drainChanges() {
    List<EntityNameChange> out = List.copyOf(changes);
    changes.clear();
    return out;
  }

  private Optional<String> curatedName(Entry e, Curation curation) {
    for (Curation.Rule r : curation.rules(Curation.Action.RENAME)) {
      if (r.appliesTo(e.type())
          && keys.keys(e.type(), e.forms().keySet())
              .contains(keys.key(e.type(), r.names().get(0)))) {
        return Optional.of(r.names().get(1));
      }
    }
    return Optional.empty();
  }

  /** The most used full form, ties to the most used spellings, then the longest. */
  private String preferredForm(Entry e) {
    Map<String, Integer> forms = e.forms();
    List<String> pool = new ArrayList<>(forms.keySet());
    if (e.type() == EntityType.PERSON) {
      List<String> full = pool.stream().filter(f -> keys.person(f).isFull()).toList();
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
        Comparator.comparing((String f) -> -forms.get(f))
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
  private String steadyDisplay(Entry e, Curation curation) {
    Optional<String> curated = curatedName(e, curation);
    if (curated.isPresent()) {
      return curated.get();
    }
    String best = preferredForm(e);
    String current = e.display();
    Map<String, Integer> forms = e.forms();
    if (current == null
        || current.equals(best)
        || !forms.containsKey(current)
        || e.articleCount() < STEADY_AFTER_ARTICLES
        || (e.type() == EntityType.PERSON
            && keys.person(best).isFull()
            && !keys.person(current).isFull())) {
      return best;
    }
    int currentUses = forms.get(current);
    int lead = forms.get(best) - currentUses;
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
  private Map<String, Integer> spellingUses(Entry e) {
    Map<String, Integer> uses = new HashMap<>();
    if (e.type() != EntityType.PERSON) {
      return uses;
    }
    for (Map.Entry<String, Integer> f : e.forms().entrySet()) {
      PersonName n = keys.person(f.getKey());
      uses.merge("s:" + n.surname(), f.getValue(), Integer::sum);
      if (n.isFull()) {
        uses.merge("g:" + n.given().get(0), f.getValue(), Integer::sum);
      }
    }
    return uses;
  }

  private int tieScore(Entry e, String form, Map<String, Integer> spelling) {
    if (e.type() == EntityType.PERSON) {
      PersonName n = keys.person(form);
      int s = spelling.getOrDefault("s:" + n.surname(), 0);
      return n.isFull() ? s + spelling.getOrDefault("g:" + n.given().get(0), 0) : s;
    }
    List<String> group =
        e.type() == EntityType.PLACE
            ? gazetteer.placeGroup(form).orElse(List.of())
            : gazetteer.agency(form).map(Gazetteer.Agency::names).orElse(List.of());
    return !group.isEmpty() && group.get(0).equals(form) ? 1 : 0;
  }
}
