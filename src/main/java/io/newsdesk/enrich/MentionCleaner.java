package io.newsdesk.enrich;

import io.newsdesk.article.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The first steps of {@link DocumentConsistency}: each mention's text and, where the gazetteer
 * knows better, its type made right before any vote. In order:
 *
 * <ol>
 *   <li><b>Clean</b>: brackets, quotes, possessive endings off; mentions without a capital letter
 *       ("he", "his") dropped; "Waker" and "Zaman" of "Waker-uz-Zaman" joined.
 *   <li><b>Gazetteer</b>: a news agency is an organisation whatever it was tagged; a place or
 *       person whose first or last word is an organisation word ("Institut Montaigne", "Wall Street
 *       Journal") is an organisation, and a person's with a place word ("Holm Island") a place.
 *   <li><b>Compounds</b>: "Macron-Trump" tagged as one name is split when both halves are people
 *       the article names.
 *   <li><b>Titles and case</b>: "Mr", "President", "Prime Minister", "Sir" ... are stripped from
 *       people; a word in capitals ("EMMANUEL Macron", "MACRON") takes the case the article uses
 *       elsewhere, else title case.
 *   <li><b>Headline words</b>: a headline in title case capitalises ordinary words, so a word the
 *       article writes only in lowercase elsewhere is no name ("Fall from Grace" beside "fall from
 *       grace"): alone it is dropped, at the end of a name trimmed.
 *   <li><b>Trim</b>: a person tagged with a trailing common word ("Putin Deal" in a title-case
 *       heading, "President Yoon Impeached") loses it when the rest is a person the article names.
 * </ol>
 */
final class MentionCleaner {

  private static final Set<String> PRONOUNS =
      Set.of(
          "he", "him", "his", "she", "her", "hers", "they", "them", "their", "it", "its", "i", "me",
          "we", "us", "you", "who", "whom");

  private static final Pattern LINKING_PARTICLE = Pattern.compile("[-‐‑]\\p{Ll}{1,3}[-‐‑]");

  private final Gazetteer gazetteer;
  private final Predicate<String> commonWord;

  MentionCleaner(Gazetteer gazetteer, Predicate<String> commonWord) {
    this.gazetteer = gazetteer;
    this.commonWord = commonWord;
  }

  /** The recogniser's mentions, cleaned, typed by the gazetteer, split, untitled and trimmed. */
  List<Mention> clean(DocumentText doc, List<RawMention> mentions) {
    List<Mention> occs = new ArrayList<>();
    for (RawMention m : mentions) {
      String text = PersonName.clean(m.text());
      if (text.length() < 2
          || !PersonName.hasCapital(text)
          || (PRONOUNS.contains(text.toLowerCase(Locale.ROOT)) && !PersonName.isAllCaps(text))) {
        continue;
      }
      Mention o = shipNameOnly(new Mention(m), text);
      occs.add(o);
    }
    occs = joinLinkedParts(doc, occs);
    applyGazetteer(occs);
    occs = splitCompounds(occs);
    stripTitlesAndFixCase(occs);
    BodyWords body = BodyWords.of(doc);
    occs.removeIf(
        o ->
            PersonName.words(o.text).size() == 1
                && body.inHeading(o)
                && body.onlyLowercase(o.text));
    trimTrailingCommonWords(occs, body);
    return occs;
  }

  /**
   * "MV Calla Rose" tagged as one name: the vessel's name without its prefix, which then stands
   * before it as the cue that it is a vessel ({@link NameCues}).
   */
  private static Mention shipNameOnly(Mention o, String text) {
    List<String> words = PersonName.words(text);
    int at = o.text.indexOf(' ');
    if (words.size() < 2 || !NameCues.isShipPrefix(words.get(0)) || at < 0) {
      o.text = text;
      return o;
    }
    return new Mention(
        String.join(" ", words.subList(1, words.size())),
        o.type,
        o.part,
        o.partIndex,
        o.begin + at + 1,
        o.end,
        o.credit,
        o.tagged);
  }

  /**
   * "Waker-uz-Zaman" read as the people "Waker" and "Zaman": two people's mentions that only a
   * hyphenated particle ("-uz-", "-ul-", "-ur-", "-e-") parts are one name.
   */
  private static List<Mention> joinLinkedParts(DocumentText doc, List<Mention> occs) {
    List<Mention> out = new ArrayList<>();
    for (Mention o : occs) {
      Mention prev = out.isEmpty() ? null : out.get(out.size() - 1);
      DocumentText.Line line = doc.lineOf(o.part, o.partIndex, o.begin);
      if (prev != null
          && line != null
          && prev.type == EntityType.PERSON
          && o.type == EntityType.PERSON
          && prev.part == o.part
          && prev.partIndex == o.partIndex
          && prev.end < o.begin
          && prev.begin >= line.offset()
          && o.end <= line.end()) {
        String between = line.text().substring(prev.end - line.offset(), o.begin - line.offset());
        if (LINKING_PARTICLE.matcher(between).matches()) {
          Mention joined =
              new Mention(
                  line.text().substring(prev.begin - line.offset(), o.end - line.offset()),
                  EntityType.PERSON,
                  o.part,
                  o.partIndex,
                  prev.begin,
                  o.end,
                  prev.credit && o.credit,
                  true);
          out.set(out.size() - 1, joined);
          continue;
        }
      }
      out.add(o);
    }
    return out;
  }

  // --- 2. gazetteer ---------------------------------------------------------------------------

  private void applyGazetteer(List<Mention> occs) {
    for (Mention o : occs) {
      if (gazetteer.agency(o.text).isPresent()) {
        o.type = EntityType.ORGANIZATION;
        o.forcedType = true;
      } else if (o.type != EntityType.ORGANIZATION
          && headedOrEndedBy(o.text, gazetteer::isOrganizationWord)) {
        o.type = EntityType.ORGANIZATION;
        o.forcedType = true;
      } else if (o.type == EntityType.PERSON && headedOrEndedBy(o.text, gazetteer::isPlaceWord)) {
        o.type = EntityType.PLACE;
      }
    }
  }

  /** Whether a name of two words or more starts or ends with such a word. */
  private static boolean headedOrEndedBy(String text, Predicate<String> word) {
    List<String> words = PersonName.words(text);
    return words.size() > 1 && (word.test(words.get(0)) || word.test(words.get(words.size() - 1)));
  }

  // --- 3. compounds ---------------------------------------------------------------------------

  private List<Mention> splitCompounds(List<Mention> occs) {
    Set<String> personKeys = new HashSet<>();
    for (Mention o : occs) {
      if (o.type == EntityType.PERSON && !o.text.contains("-")) {
        personKeys.add(NameKey.of(o.text));
        PersonName n = PersonName.parse(o.text, gazetteer);
        personKeys.add(n.surnameKey());
      }
    }
    List<Mention> out = new ArrayList<>();
    for (Mention o : occs) {
      int dash = o.text.indexOf('-');
      if (dash > 0 && o.text.indexOf('-', dash + 1) < 0 && o.text.indexOf(' ') < 0) {
        String left = o.text.substring(0, dash).strip();
        String right = o.text.substring(dash + 1).strip();
        if (personKeys.contains(NameKey.of(left)) && personKeys.contains(NameKey.of(right))) {
          int rightBegin = o.end - right.length();
          out.add(
              new Mention(
                  left,
                  EntityType.PERSON,
                  o.part,
                  o.partIndex,
                  o.begin,
                  o.begin + left.length(),
                  o.credit,
                  o.tagged));
          out.add(
              new Mention(
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

  private void stripTitlesAndFixCase(List<Mention> occs) {
    Map<String, String> casing = new HashMap<>();
    for (Mention o : occs) {
      if (o.type == EntityType.PERSON) {
        for (String w : PersonName.words(o.text)) {
          if (!PersonName.isAllCaps(w) && PersonName.hasCapital(w)) {
            casing.putIfAbsent(w.toLowerCase(Locale.ROOT), w);
          }
        }
      }
    }
    for (Mention o : occs) {
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

  private void trimTrailingCommonWords(List<Mention> occs, BodyWords body) {
    Map<String, Integer> count = new HashMap<>();
    for (Mention o : occs) {
      if (o.type == EntityType.PERSON) {
        count.merge(o.text, 1, Integer::sum);
      }
    }
    for (Mention o : occs) {
      if (o.type != EntityType.PERSON || count.get(o.text) > 1) {
        continue;
      }
      List<String> words = PersonName.words(o.text);
      if (words.size() < 2) {
        continue;
      }
      String last = words.get(words.size() - 1);
      String rest = String.join(" ", words.subList(0, words.size() - 1));
      boolean common =
          commonWord.test(last.toLowerCase(Locale.ROOT))
              || (body.inHeading(o) && body.onlyLowercase(last));
      if (common && namesSomeoneElse(occs, o, rest)) {
        o.text = rest;
      }
    }
  }

  /**
   * Whether another person in full has this as name or as one of its words ("Yoon" of Yoon Suk
   * Yeol, whose family name comes first).
   */
  private boolean namesSomeoneElse(List<Mention> occs, Mention self, String rest) {
    String key = NameKey.of(rest);
    for (Mention o : occs) {
      if (o.type == EntityType.PERSON && !o.text.equals(self.text)) {
        PersonName n = PersonName.parse(o.text, gazetteer);
        if (n.isFull()
            && (NameKey.tokens(o.text).contains(key) || NameKey.of(o.text).equals(key))) {
          return true;
        }
      }
    }
    return false;
  }
}
