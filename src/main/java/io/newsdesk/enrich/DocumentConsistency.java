package io.newsdesk.enrich;

import io.newsdesk.article.EntityRole;
import io.newsdesk.article.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The per-article pass that turns the recogniser's raw mentions into the article's entities, one
 * per real-world thing. Pure (given its gazetteer and common-word test) and thread-safe.
 *
 * <p>In order:
 *
 * <ol>
 *   <li><b>Clean</b>: brackets, quotes, possessive endings off; mentions without a capital letter
 *       ("he", "his") dropped.
 *   <li><b>Gazetteer</b>: a news agency is an organisation whatever it was tagged; a place or
 *       person whose first or last word is an organisation word ("Institut Montaigne", "Wall Street
 *       Journal") is an organisation.
 *   <li><b>Compounds</b>: "Macron-Trump" tagged as one name is split when both halves are people
 *       the article names.
 *   <li><b>Titles and case</b>: "Mr", "President", "Prime Minister", "Sir" ... are stripped from
 *       people; a word in capitals ("EMMANUEL Macron", "MACRON") takes the case the article uses
 *       elsewhere, else title case.
 *   <li><b>Trim</b>: a person tagged with a trailing common word ("Putin Deal" in a title-case
 *       heading) loses it when the rest is a person the article names.
 *   <li><b>Type vote</b>: all mentions of one name get one type, by majority of the recogniser's
 *       tags and of the words around them ({@link NameCues}: "the newspaper", "in"; a name such
 *       words call a vessel, vehicle or storm is dropped, and so is a demonym tagged a place). A
 *       country or capital in the gazetteer adds one and a half votes for place; a single word that
 *       is the surname of a person named in full adds one for person; a tie goes to person. So a
 *       name tagged a person once is a person throughout, and "Kyiv" tagged a person once is still
 *       a place.
 *   <li><b>Find the rest</b>: every other occurrence of a name the article tagged (and of the
 *       surname of every person named in full) is counted, and news agencies are looked up in the
 *       text; a single word that is also a common lowercase word ("Trump", "Bush") only counts when
 *       capitalised mid-sentence in a line that is not in title case. Agencies too ambiguous for
 *       running text ("AP", "PA") only count in a credit.
 *   <li><b>Group</b>: a person named in full heads a group; a surname alone ("Macron", "Mr Macron",
 *       "President Macron", "MACRON") joins the person named in full with that surname, the most
 *       named one if several; one word after a title ("Mr Xi") may also join by the first word. Any
 *       other single word joins the one person it fits or is dropped ({@link ShortNames}).
 *       Organisations and places group by their key.
 * </ol>
 *
 * <p>A group's role is SUBJECT if any of its mentions is outside a credit, CREDIT otherwise.
 */
public final class DocumentConsistency {

  private static final Set<String> PRONOUNS =
      Set.of(
          "he", "him", "his", "she", "her", "hers", "they", "them", "their", "it", "its", "i", "me",
          "we", "us", "you", "who", "whom");
  private static final double GAZETTEER_PLACE_WEIGHT = 1.5;

  private final Gazetteer gazetteer;
  private final Predicate<String> commonWord;
  private final ShortNames shortNames;

  /**
   * @param commonWord whether a lowercase word is an ordinary word of the language ("trump",
   *     "deal"); the recogniser knows ({@link EntityRecognizer#isCommonWord(String)})
   */
  public DocumentConsistency(Gazetteer gazetteer, Predicate<String> commonWord) {
    this.gazetteer = gazetteer;
    this.commonWord = commonWord;
    this.shortNames =
        new ShortNames(new NameVariants(gazetteer, Nicknames.shipped()), Nicknames.shipped());
  }

  /** A mention being worked on. */
  private static final class Occ {
    String text;
    EntityType type;
    final TextPart part;
    final int partIndex;
    final int begin;
    final int end;
    final boolean credit;
    final boolean tagged;
    boolean titled;
    boolean forcedType;

    Occ(RawMention m) {
      this(m.text(), m.type(), m.part(), m.partIndex(), m.begin(), m.end(), m.credit(), m.tagged());
    }

    Occ(
        String text,
        EntityType type,
        TextPart part,
        int partIndex,
        int begin,
        int end,
        boolean credit,
        boolean tagged) {
      this.text = text;
      this.type = type;
      this.part = part;
      this.partIndex = partIndex;
      this.begin = begin;
      this.end = end;
      this.credit = credit;
      this.tagged = tagged;
    }

    boolean overlaps(TextPart p, int idx, int b, int e) {
      return part == p && partIndex == idx && b < end && begin < e;
    }
  }

  /** The article's entities, from its text and the recogniser's mentions of it. */
  public List<DocEntity> apply(DocumentText doc, List<RawMention> mentions) {
    List<Occ> occs = new ArrayList<>();
    for (RawMention m : mentions) {
      String text = PersonName.clean(m.text());
      if (text.length() < 2
          || !PersonName.hasCapital(text)
          || (PRONOUNS.contains(text.toLowerCase(Locale.ROOT)) && !PersonName.isAllCaps(text))) {
        continue;
      }
      Occ o = new Occ(m);
      o.text = text;
      occs.add(o);
    }
    applyGazetteer(occs);
    occs = splitCompounds(occs);
    stripTitlesAndFixCase(occs);
    trimTrailingCommonWords(occs);
    vote(occs, cueVotes(doc, occs));
    findTheRest(doc, occs);
    occs.removeIf(o -> o.type != EntityType.ORGANIZATION && NameCues.isDemonym(o.text));
    return group(occs);
  }

  // --- 2. gazetteer ---------------------------------------------------------------------------

  private void applyGazetteer(List<Occ> occs) {
    for (Occ o : occs) {
      if (gazetteer.agency(o.text).isPresent()) {
        o.type = EntityType.ORGANIZATION;
        o.forcedType = true;
      } else if (o.type != EntityType.ORGANIZATION && hasOrganizationWord(o.text)) {
        o.type = EntityType.ORGANIZATION;
        o.forcedType = true;
      }
    }
  }

  private boolean hasOrganizationWord(String text) {
    List<String> words = PersonName.words(text);
    return words.size() > 1
        && (gazetteer.isOrganizationWord(words.get(0))
            || gazetteer.isOrganizationWord(words.get(words.size() - 1)));
  }

  // --- 3. compounds ---------------------------------------------------------------------------

  private List<Occ> splitCompounds(List<Occ> occs) {
    Set<String> personKeys = new HashSet<>();
    for (Occ o : occs) {
      if (o.type == EntityType.PERSON && !o.text.contains("-")) {
        personKeys.add(NameKey.of(o.text));
        PersonName n = PersonName.parse(o.text, gazetteer);
        personKeys.add(n.surnameKey());
      }
    }
    List<Occ> out = new ArrayList<>();
    for (Occ o : occs) {
      int dash = o.text.indexOf('-');
      if (dash > 0 && o.text.indexOf('-', dash + 1) < 0 && o.text.indexOf(' ') < 0) {
        String left = o.text.substring(0, dash).strip();
        String right = o.text.substring(dash + 1).strip();
        if (personKeys.contains(NameKey.of(left)) && personKeys.contains(NameKey.of(right))) {
          int rightBegin = o.end - right.length();
          out.add(
              new Occ(
                  left,
                  EntityType.PERSON,
                  o.part,
                  o.partIndex,
                  o.begin,
                  o.begin + left.length(),
                  o.credit,
                  o.tagged));
          out.add(
              new Occ(
                  right,
                  EntityType.PERSON,
                  o.part,
                  o.partIndex,
                  rightBegin,
                  o.end,
                  o.credit,
                  o.tagged));
          continue;
        }
      }
      out.add(o);
    }
    return out;
  }

  // --- 4. titles and case ---------------------------------------------------------------------

  private void stripTitlesAndFixCase(List<Occ> occs) {
    Map<String, String> casing = new HashMap<>();
    for (Occ o : occs) {
      if (o.type == EntityType.PERSON) {
        for (String w : PersonName.words(o.text)) {
          if (!PersonName.isAllCaps(w) && PersonName.hasCapital(w)) {
            casing.putIfAbsent(w.toLowerCase(Locale.ROOT), w);
          }
        }
      }
    }
    for (Occ o : occs) {
      if (o.type != EntityType.PERSON) {
        continue;
      }
      PersonName name = PersonName.parse(o.text, gazetteer);
      o.titled = name.titled();
      List<String> fixed = new ArrayList<>();
      for (String w : name.words()) {
        if (PersonName.isAllCaps(w)) {
          String known = casing.get(w.toLowerCase(Locale.ROOT));
          fixed.add(known != null ? known : w.length() >= 3 ? PersonName.titleCase(w) : w);
        } else {
          fixed.add(w);
        }
      }
      o.text = String.join(" ", fixed);
    }
  }

  // --- 5. trim --------------------------------------------------------------------------------

  private void trimTrailingCommonWords(List<Occ> occs) {
    Map<String, Integer> count = new HashMap<>();
    for (Occ o : occs) {
      if (o.type == EntityType.PERSON) {
        count.merge(o.text, 1, Integer::sum);
      }
    }
    for (Occ o : occs) {
      if (o.type != EntityType.PERSON || count.get(o.text) > 1) {
        continue;
      }
      List<String> words = PersonName.words(o.text);
      if (words.size() < 2) {
        continue;
      }
      String last = words.get(words.size() - 1);
      String rest = String.join(" ", words.subList(0, words.size() - 1));
      if (commonWord.test(last.toLowerCase(Locale.ROOT)) && namesSomeoneElse(occs, o, rest)) {
        o.text = rest;
      }
    }
  }

  /** Whether another person in full has this as name or surname. */
  private boolean namesSomeoneElse(List<Occ> occs, Occ self, String rest) {
    String key = NameKey.of(rest);
    for (Occ o : occs) {
      if (o.type == EntityType.PERSON && !o.text.equals(self.text)) {
        PersonName n = PersonName.parse(o.text, gazetteer);
        if (n.isFull() && (n.surnameKey().equals(key) || NameKey.of(o.text).equals(key))) {
          return true;
        }
      }
    }
    return false;
  }

  // --- 6. vote --------------------------------------------------------------------------------

  /**
   * The votes of the words around each name ({@link NameCues}): two for an organisation, one for a
   * place. Names that a cue calls a vessel, vehicle or storm are removed from {@code occs}.
   */
  private Map<String, Map<EntityType, Double>> cueVotes(DocumentText doc, List<Occ> occs) {
    Map<String, Map<EntityType, Double>> votes = new HashMap<>();
    Set<String> things = new HashSet<>();
    for (Occ o : occs) {
      DocumentText.Line line = doc.lineOf(o.part, o.partIndex, o.begin);
      if (line == null || o.end > line.end()) {
        continue;
      }
      String key = NameKey.of(o.text);
      NameCues.around(line.text(), o.begin - line.offset(), o.end - line.offset())
          .ifPresent(
              kind -> {
                Map<EntityType, Double> v =
                    votes.computeIfAbsent(key, k -> new EnumMap<>(EntityType.class));
                switch (kind) {
                  case THING -> things.add(key);
                  case ORGANIZATION -> v.merge(EntityType.ORGANIZATION, 2.0, Double::sum);
                  case PLACE -> v.merge(EntityType.PLACE, 1.0, Double::sum);
                }
              });
    }
    occs.removeIf(o -> !o.forcedType && things.contains(NameKey.of(o.text)));
    return votes;
  }

  private void vote(List<Occ> occs, Map<String, Map<EntityType, Double>> cueVotes) {
    Set<String> fullSurnames = new HashSet<>();
    for (Occ o : occs) {
      if (o.type == EntityType.PERSON) {
        PersonName n = PersonName.parse(o.text, gazetteer);
        if (n.isFull()) {
          fullSurnames.add(n.surnameKey());
        }
      }
    }
    Set<String> orgHeads = new HashSet<>();
    for (Occ o : occs) {
      List<String> words = NameKey.tokens(o.text);
      if (o.type == EntityType.ORGANIZATION && o.tagged && words.size() > 1) {
        orgHeads.add(words.get(0));
      }
    }
    Map<String, Map<EntityType, Double>> votes = new HashMap<>();
    Set<String> forced = new HashSet<>();
    for (Occ o : occs) {
      String key = NameKey.of(o.text);
      if (o.forcedType) {
        forced.add(key);
      }
      Map<EntityType, Double> v = votes.computeIfAbsent(key, k -> new EnumMap<>(EntityType.class));
      if (o.tagged) {
        v.merge(o.type, 1.0, Double::sum);
      }
    }
    for (Map.Entry<String, Map<EntityType, Double>> e : votes.entrySet()) {
      String key = e.getKey();
      cueVotes.getOrDefault(key, Map.of()).forEach((t, n) -> e.getValue().merge(t, n, Double::sum));
      if (gazetteer.isKnownPlace(key)) {
        e.getValue().merge(EntityType.PLACE, GAZETTEER_PLACE_WEIGHT, Double::sum);
      }
      if (!key.contains(" ") && fullSurnames.contains(key)) {
        e.getValue().merge(EntityType.PERSON, 1.0, Double::sum);
      } else if (!key.contains(" ") && orgHeads.contains(key)) {
        // "Wagner" beside "Wagner Group": the organisation's short name.
        e.getValue().merge(EntityType.ORGANIZATION, 2.0, Double::sum);
      }
    }
    for (Occ o : occs) {
      String key = NameKey.of(o.text);
      if (o.forcedType || forced.contains(key)) {
        if (!o.forcedType) {
          o.type = EntityType.ORGANIZATION;
        }
        continue;
      }
      o.type = winner(votes.get(key), o.type);
    }
  }

  private static EntityType winner(Map<EntityType, Double> v, EntityType fallback) {
    EntityType best = fallback;
    double bestVotes = -1;
    // Ties go to PERSON, then PLACE, then ORGANIZATION.
    for (EntityType t : List.of(EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION)) {
      double n = v.getOrDefault(t, 0.0);
      if (n > bestVotes) {
        best = t;
        bestVotes = n;
      }
    }
    return bestVotes <= 0 ? fallback : best;
  }

  // --- 7. find the rest -----------------------------------------------------------------------

  private void findTheRest(DocumentText doc, List<Occ> occs) {
    Map<String, EntityType> surfaces = new LinkedHashMap<>();
    for (Occ o : new ArrayList<>(occs)) {
      surfaces.putIfAbsent(o.text, o.type);
      if (o.type == EntityType.PERSON) {
        PersonName n = PersonName.parse(o.text, gazetteer);
        if (n.isFull()) {
          surfaces.putIfAbsent(n.surname(), EntityType.PERSON);
        }
      }
    }
    // Longest first, so "Emmanuel Macron" is found before "Macron" inside it.
    List<String> order = new ArrayList<>(surfaces.keySet());
    order.sort(Comparator.comparingInt(String::length).reversed());
    for (String surface : order) {
      EntityType type = surfaces.get(surface);
      scan(doc, occs, surface, type, false);
      String upper = surface.toUpperCase(Locale.ROOT);
      if (type == EntityType.PERSON && !upper.equals(surface)) {
        scan(doc, occs, upper, type, false);
      }
    }
    for (Gazetteer.Agency agency : gazetteer.agencies()) {
      List<String> names = new ArrayList<>(agency.names());
      names.sort(Comparator.comparingInt(String::length).reversed());
      for (String name : names) {
        scan(doc, occs, name, EntityType.ORGANIZATION, agency.creditOnly());
      }
    }
  }

  private void scan(
      DocumentText doc, List<Occ> occs, String surface, EntityType type, boolean creditOnly) {
    // Agencies are distinctive, or (AP, PA) only taken in credits: no common-word guard for them.
    boolean agency = type == EntityType.ORGANIZATION && gazetteer.agency(surface).isPresent();
    boolean singleWord = surface.indexOf(' ') < 0;
    boolean common = !agency && singleWord && commonWord.test(surface.toLowerCase(Locale.ROOT));
    for (DocumentText.Line line : doc.lines()) {
      String text = line.text();
      int from = 0;
      while (true) {
        int at = text.indexOf(surface, from);
        if (at < 0) {
          break;
        }
        from = at + 1;
        int end = at + surface.length();
        if (!wordBoundary(text, at, end)) {
          continue;
        }
        int begin = line.offset() + at;
        int partEnd = line.offset() + end;
        boolean taken = false;
        for (Occ o : occs) {
          if (o.overlaps(line.part(), line.partIndex(), begin, partEnd)) {
            taken = true;
            break;
          }
        }
        if (taken) {
          continue;
        }
        boolean credit = line.isCredit(begin, partEnd);
        if (creditOnly && !credit && !creditShaped(text, at, end)) {
          continue;
        }
        if (common && (sentenceInitial(text, at) || titleCased(text) || isAllCapsLine(text))) {
          continue;
        }
        occs.add(
            new Occ(surface, type, line.part(), line.partIndex(), begin, partEnd, credit, false));
      }
    }
  }

  private static boolean wordBoundary(String text, int at, int end) {
    boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
    return before && after;
  }

  /** "Name/AP", "AP/Name", "(AP)", "AP Photo": an agency where it can only be a credit. */
  private static boolean creditShaped(String text, int at, int end) {
    char before = at > 0 ? text.charAt(at - 1) : ' ';
    char after = end < text.length() ? text.charAt(end) : ' ';
    return before == '/'
        || after == '/'
        || (before == '(' && after == ')')
        || text.startsWith(" Photo", end);
  }

  private static boolean sentenceInitial(String text, int at) {
    int i = at - 1;
    while (i >= 0
        && (Character.isWhitespace(text.charAt(i)) || "“\"‘'([".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || ".!?:;—–-|".indexOf(text.charAt(i)) >= 0;
  }

  /** A heading in title case: most words of four letters or more are capitalised. */
  static boolean titleCased(String line) {
    int longWords = 0;
    int capitalised = 0;
    for (String w : line.split("[\\s\\p{Pd}/]+")) {
      String word = w.replaceAll("^\\P{L}+|\\P{L}+$", "");
      if (word.length() >= 4) {
        longWords++;
        if (Character.isUpperCase(word.charAt(0))) {
          capitalised++;
        }
      }
    }
    return longWords >= 3 && capitalised * 10 >= longWords * 7;
  }

  private static boolean isAllCapsLine(String line) {
    return line.equals(line.toUpperCase(Locale.ROOT));
  }

  // --- 8. group -------------------------------------------------------------------------------

  private static final class Group {
    final EntityType type;
    final Map<String, Integer> variants = new LinkedHashMap<>();
    int mentions;
    boolean subject;
    PersonName head;
    int headCount;

    Group(EntityType type) {
      this.type = type;
    }

    void add(Occ o) {
      variants.merge(o.text, 1, Integer::sum);
      mentions++;
      subject |= !o.credit;
    }
  }

  private List<DocEntity> group(List<Occ> occs) {
    List<Group> groups = new ArrayList<>();
    groupPeople(occs, groups);
    Map<String, Group> byKey = new LinkedHashMap<>();
    for (Occ o : occs) {
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
      out.add(
          new DocEntity(
              g.type,
              fullest(g.variants),
              g.variants,
              g.mentions,
              g.subject ? EntityRole.SUBJECT : EntityRole.CREDIT));
    }
    return out;
  }

  private void groupPeople(List<Occ> occs, List<Group> groups) {
    List<Occ> people = occs.stream().filter(o -> o.type == EntityType.PERSON).toList();
    Map<String, Integer> fullCounts = new HashMap<>();
    for (Occ o : people) {
      if (PersonName.parse(o.text, gazetteer).isFull()) {
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
        if (h.head.surnameKey().equals(n.surnameKey()) && sameGiven(h.head, n)) {
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
    for (Occ o : people) {
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

  /** The head a short name belongs to, by surname (or after a title by first word), if any. */
  private Group attach(Occ o, List<Group> heads) {
    List<String> keys = NameKey.tokens(o.text);
    Group best = null;
    for (Group h : heads) {
      List<String> headKeys = NameKey.tokens(h.head.text());
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
