package io.newsdesk.enrich;

import io.newsdesk.article.EntityRole;
import io.newsdesk.article.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last step of {@link DocumentConsistency}: mentions grouped into the article's entities. A
 * person named in full, or by one hyphenated word ("Waker-uz-Zaman"), heads a group; a surname
 * alone ("Macron", "Mr Macron", "President Macron", "MACRON") joins the person named in full with
 * that surname, the most named one if several; one word after a title ("Mr Xi") may also join by
 * the first word. Any other single word joins the one person it fits or is dropped ({@link
 * ShortNames}). Organisations and places group by their key.
 *
 * <p>A group's role is SUBJECT if any of its mentions is outside a credit, CREDIT otherwise.
 */
final class MentionGrouper {

  private final Gazetteer gazetteer;
  private final ShortNames shortNames;

  MentionGrouper(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.shortNames =
        new ShortNames(new NameVariants(gazetteer, Nicknames.shipped()), Nicknames.shipped());
  }

  private static final class Group {
    final EntityType type;
    final Map<String, Integer> variants = new LinkedHashMap<>();

    /** The other names the article gives the person ({@link AliasLinks}): forms, never its name. */
    final Map<String, Integer> aliases = new LinkedHashMap<>();

    int mentions;
    boolean subject;
    PersonName head;
    int headCount;

    Group(EntityType type) {
      this.type = type;
    }

    void add(Mention o) {
      variants.merge(o.text, 1, Integer::sum);
      mentions++;
      subject |= !o.credit;
    }
  }

  /**
   * One entity per group of mentions, people first; a person's aliases (alias text to the text of a
   * mention of the person) join the person's group.
   */
  List<DocEntity> group(List<Mention> occs, Map<String, String> aliases) {
    List<Group> groups = new ArrayList<>();
    groupPeople(occs, groups);
    joinAliases(groups, aliases);
    Map<String, Group> byKey = new LinkedHashMap<>();
    for (Mention o : occs) {
      if (o.type == EntityType.PERSON) {
        continue;
      }
      String key =
          o.type
              + ":"
              + (o.type == EntityType.ORGANIZATION ? NameKey.plain(o.text) : NameKey.of(o.text));
      Group g = byKey.get(key);
      if (g == null) {
        g = new Group(o.type);
        byKey.put(key, g);
        groups.add(g);
      }
      g.add(o);
    }
    List<DocEntity> out = new ArrayList<>();
    for (Group g : groups) {
      Map<String, Integer> forms = new LinkedHashMap<>(g.variants);
      g.aliases.forEach((a, n) -> forms.merge(a, n, Integer::sum));
      out.add(
          new DocEntity(
              g.type,
              fullest(g.variants),
              forms,
              g.mentions,
              g.subject ? EntityRole.SUBJECT : EntityRole.CREDIT));
    }
    return out;
  }

  private void groupPeople(List<Mention> occs, List<Group> groups) {
    List<Mention> people = occs.stream().filter(o -> o.type == EntityType.PERSON).toList();
    Map<String, Integer> fullCounts = new HashMap<>();
    for (Mention o : people) {
      if (PersonName.parse(o.text, gazetteer).isFull() || isCompound(o.text)) {
        fullCounts.merge(o.text, 1, Integer::sum);
      }
    }
    // Heads: full names, most named first, so "Donald J. Trump" joins "Donald Trump".
    List<String> fullNames = new ArrayList<>(fullCounts.keySet());
    fullNames.sort(
        Comparator.comparing((String n) -> -fullCounts.get(n)).thenComparing(n -> -n.length()));
    Map<String, Group> groupOfFull = new HashMap<>();
    List<Group> heads = new ArrayList<>();
    for (String full : fullNames) {
      PersonName n = PersonName.parse(full, gazetteer);
      Group match = null;
      for (Group h : heads) {
        if (NameKey.compact(h.head.text()).equals(NameKey.compact(n.text()))
            || (h.head.isFull()
                && n.isFull()
                && h.head.surnameKey().equals(n.surnameKey())
                && sameGiven(h.head, n))) {
          match = h;
          break;
        }
      }
      if (match == null) {
        match = new Group(EntityType.PERSON);
        match.head = n;
        heads.add(match);
        groups.add(match);
      }
      match.headCount += fullCounts.get(full);
      groupOfFull.put(full, match);
    }
    Map<String, Group> loose = new LinkedHashMap<>();
    List<PersonName> headNames = heads.stream().map(h -> h.head).toList();
    for (Mention o : people) {
      Group g = groupOfFull.get(o.text);
      if (g == null) {
        g = attach(o, heads);
      }
      if (g == null && !o.titled && PersonName.words(o.text).size() == 1) {
        ShortNames.Fit fit = shortNames.fit(o.text, headNames);
        if (fit.drop()) {
          continue;
        }
        g = fit.head() >= 0 ? heads.get(fit.head()) : null;
      }
      if (g == null) {
        g =
            loose.computeIfAbsent(
                NameKey.of(o.text),
                k -> {
                  Group ng = new Group(EntityType.PERSON);
                  groups.add(ng);
                  return ng;
                });
      }
      g.add(o);
    }
  }

  private static void joinAliases(List<Group> groups, Map<String, String> aliases) {
    aliases.forEach(
        (alias, named) -> {
          Group from = holding(groups, alias);
          Group into = holding(groups, named);
          if (from == null || into == null || from == into) {
            return;
          }
          groups.remove(from);
          from.variants.forEach((v, n) -> into.aliases.merge(v, n, Integer::sum));
          from.aliases.forEach((v, n) -> into.aliases.merge(v, n, Integer::sum));
          into.mentions += from.mentions;
          into.subject |= from.subject;
        });
  }

  private static Group holding(List<Group> groups, String variant) {
    for (Group g : groups) {
      if (g.type == EntityType.PERSON && g.variants.containsKey(variant)) {
        return g;
      }
    }
    return null;
  }

  /** The head a short name belongs to, by surname (or after a title by first word), if any. */
  private Group attach(Mention o, List<Group> heads) {
    List<String> keys = NameKey.tokens(o.text);
    Group best = null;
    for (Group h : heads) {
      List<String> headKeys = NameKey.tokens(h.head.text().replace('-', ' '));
      if (endsWith(headKeys, keys) && (best == null || h.headCount > best.headCount)) {
        best = h;
      }
    }
    if (best == null && o.titled && keys.size() == 1) {
      for (Group h : heads) {
        if (NameKey.token(h.head.words().get(0)).equals(keys.get(0))) {
          return h;
        }
      }
    }
    return best;
  }

  /**
   * "Waker-uz-Zaman", "Amir-Abdollahian": one word of hyphenated parts, a whole name that heads a
   * group as a full name does, so that "Zaman" joins it.
   */
  private static boolean isCompound(String text) {
    return PersonName.words(text).size() == 1 && text.length() >= 8 && text.indexOf('-') > 1;
  }

  private static boolean endsWith(List<String> whole, List<String> tail) {
    if (tail.isEmpty() || tail.size() >= whole.size()) {
      return false;
    }
    return whole.subList(whole.size() - tail.size(), whole.size()).equals(tail);
  }

  private static boolean sameGiven(PersonName a, PersonName b) {
    String ga = a.givenKey();
    String gb = b.givenKey();
    if (ga.equals(gb)) {
      return true;
    }
    String ra = a.given().get(0).replace(".", "");
    String rb = b.given().get(0).replace(".", "");
    return (ra.length() == 1 || rb.length() == 1)
        && Character.toLowerCase(ra.charAt(0)) == Character.toLowerCase(rb.charAt(0));
  }

  /** The fullest form: most words, then most used, then longest, then alphabetical. */
  static String fullest(Map<String, Integer> variants) {
    return variants.entrySet().stream()
        .min(
            Comparator.comparing(
                    (Map.Entry<String, Integer> e) -> -PersonName.words(e.getKey()).size())
                .thenComparing(e -> -e.getValue())
                .thenComparing(e -> -e.getKey().length())
                .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .orElseThrow();
  }
}
