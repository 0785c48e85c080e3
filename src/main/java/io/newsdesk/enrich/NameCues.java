package io.newsdesk.enrich;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words around a name say it is, whatever the recogniser tagged: "the trawler Hanne Marie"
 * is a vessel, "the newspaper Le Monde", "broadcaster Suspilne" and "the Wagner group" are
 * organisations, "in Kelmora", "Al Haouz province" and "the town of Majdal Shams" are places, and
 * "the Moon" is no person. And whether a word is a demonym or adjective of a place ("Karsovian",
 * "Brazilian", "Japanese"), which is no place itself. Pure.
 */
final class NameCues {

  /** What a cue says a name is. */
  enum Kind {
    /** A place, by the words around it: "the town of", "province", ", a town". */
    PLACE,
    /** A place by a preposition alone ("in Kelmora"), weaker: "confidence in Lena" is a person. */
    PLACE_BY_PREPOSITION,
    ORGANIZATION,
    /** A vessel, vehicle, spacecraft, weapon or storm: none of the portal's entity types. */
    THING,
    /**
     * "the Moon", "the Hanne Marie": people's names take no article, so whatever it is, not one.
     */
    NOT_PERSON
  }

  private static final Set<String> THINGS =
      Set.of(
          "trawler",
          "vessel",
          "ship",
          "ferry",
          "tanker",
          "yacht",
          "boat",
          "freighter",
          "frigate",
          "destroyer",
          "submarine",
          "warship",
          "cruiser",
          "carrier",
          "lander",
          "rover",
          "spacecraft",
          "probe",
          "rocket",
          "missile",
          "missiles",
          "drone",
          "drones",
          "storm",
          "hurricane",
          "cyclone",
          "typhoon",
          "aircraft",
          "jet",
          "plane",
          "helicopter",
          "module",
          "train");
  private static final Set<String> ORGANIZATIONS =
      Set.of(
          "newspaper",
          "daily",
          "weekly",
          "magazine",
          "tabloid",
          "broadcaster",
          "channel",
          "agency",
          "outlet",
          "website",
          "group",
          "company",
          "firm",
          "militia",
          "mercenaries",
          "mercenary",
          "airline",
          "ministry",
          "party",
          "movement",
          "network",
          "brand");

  /** Ship prefixes written before a vessel's name: "MV Calla Rose", "HMS Victory". */
  private static final Set<String> SHIP_PREFIXES =
      Set.of("MV", "MS", "MT", "SS", "RV", "HMS", "USS", "FV");

  private static final Set<String> PLACE_BEFORE =
      Set.of("in", "near", "outside", "across", "around");
  private static final String PLACE_NOUNS =
      "(?:towns?|villages?|cit(?:y|ies)|regions?|provinces?|districts?|count(?:y|ies)"
          + "|governorates?|oblasts?|prefectures?|municipalit(?:y|ies)|suburbs?|ports?"
          + "|neighbou?rhoods?|islands?)";

  /** A capitalised name in a list: "Derna", "al-Bayda", "Al Haouz". */
  private static final String LISTED_NAME =
      "(?:\\p{Lu}|al-|el-)[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*";

  /** "the town of Majdal Shams", "the cities of Derna, al-Marj and Soussa". */
  private static final Pattern PLACE_OF =
      Pattern.compile(
          "\\b"
              + PLACE_NOUNS
              + "\\s+of\\s+(?:"
              + LISTED_NAME
              + "(?:,\\s+(?:and\\s+)?|\\s+and\\s+))*$");

  /** "Kharkiv region", "Al Haouz and Marrakesh provinces", "Al-Marj suburbs". */
  private static final Pattern PLACE_AFTER =
      Pattern.compile(
          "^(?:,?\\s+(?:and\\s+)?" + LISTED_NAME + ")*\\s+" + PLACE_NOUNS + "\\b(?!\\s+of\\b)");

  /**
   * An apposition that says what the name is: "Al-Majd, a Hamas-affiliated website," or "Majdal
   * Shams, a Druze town in the Golan". Its last noun decides, so "Lena Holm, a company
   * spokeswoman," says nothing.
   */
  private static final Pattern APPOSITION =
      Pattern.compile(
          "^,\\s+(?:a|an|the)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(\\p{Ll}+)"
              + "(?=[,.;:)]|\\s+(?:in|on|of|near|that|which|where|run|owned|based|close)\\b)");

  /**
   * "the Wagner private military group", "two Russian Iskander ballistic missiles": after a
   * determiner or number, a run of lowercase words that ends in a thing or organisation word.
   */
  private static final Pattern DETERMINER_BEFORE =
      Pattern.compile(
          "\\b(?i:the|a|an|two|three|four|five|six|several|its|their)\\s+"
              + "(?:\\p{Lu}\\p{Ll}+(?:ian|ean|ese|ish|i)\\s+)?$");

  private static final Pattern LOWERCASE_RUN = Pattern.compile("^(?:\\s+\\p{Ll}[\\p{Ll}-]*){1,3}");

  /** Words that end a noun phrase: a verb, an article, a preposition. */
  private static final Set<String> PHRASE_ENDS =
      Set.of(
          "said", "says", "told", "is", "was", "are", "were", "has", "had", "have", "will", "would",
          "could", "and", "or", "the", "a", "an", "of", "to", "in", "on", "for", "with", "who",
          "which", "that", "from", "by", "at");

  /** "Chandrayaan-3", "Fadi-1", "Mark-III", "Chandrayaan 3 lander": a model or mission. */
  private static final Pattern NUMBERED = Pattern.compile("[-‐‑–](?:\\d+|[IVX]+)$");

  private static final Pattern NUMBER_AFTER =
      Pattern.compile("^(?:[-‐‑–](?:\\d+|[IVX]+)\\b|\\s\\d{1,3}\\s+\\p{Ll})");

  /** A lowercase "the" right before the name, which is then no person's name. */
  private static final Pattern THE_BEFORE = Pattern.compile("\\b[Tt]he\\s+$");

  /** A hyphen after a name used as a modifier ("the Trump-Putin summit"). */
  private static final Pattern HYPHEN_AFTER = Pattern.compile("^[-‐‑–—]");

  private static final Pattern NEXT_WORD = Pattern.compile("^\\s+(\\p{Ll}+)");

  private static final Pattern WORD_BEFORE =
      Pattern.compile("(?:\\b(the|a|an)\\s+)?(\\p{L}+)[,\\s()“\"‘']+$", Pattern.UNICODE_CASE);
  private static final Pattern WORD_AFTER = Pattern.compile("^[’']?\\s+(\\p{Ll}+)");
  private static final Pattern DEMONYM =
      Pattern.compile("\\p{Lu}\\p{Ll}{3,}(?:ian|ean|ese|ish)", Pattern.UNICODE_CASE);

  private NameCues() {}

  /** The cue around the name at {@code [begin, end)} of the line, if any. */
  static Optional<Kind> around(String line, int begin, int end) {
    String before = line.substring(Math.max(0, begin - 80), begin);
    String after = line.substring(end, Math.min(line.length(), end + 80));
    String name = line.substring(begin, end);
    if (NUMBERED.matcher(name).find() || NUMBER_AFTER.matcher(after).find()) {
      return Optional.of(Kind.THING);
    }
    if (PLACE_OF.matcher(before).find() || PLACE_AFTER.matcher(after).find()) {
      return Optional.of(Kind.PLACE);
    }
    Optional<Kind> said = nounKind(APPOSITION.matcher(after));
    if (said.isEmpty() && DETERMINER_BEFORE.matcher(before).find()) {
      said = headNounKind(after);
    }
    if (said.isPresent()) {
      return said;
    }
    Matcher b = WORD_BEFORE.matcher(before);
    if (b.find()) {
      String word = b.group(2).toLowerCase(Locale.ROOT);
      boolean lower = Character.isLowerCase(b.group(2).charAt(0));
      if ((lower && THINGS.contains(word)) || SHIP_PREFIXES.contains(b.group(2))) {
        return Optional.of(Kind.THING);
      }
      if (lower && ORGANIZATIONS.contains(word)) {
        return Optional.of(Kind.ORGANIZATION);
      }
      if (lower && b.group(1) == null && PLACE_BEFORE.contains(word) && !possessive(after)) {
        return Optional.of(Kind.PLACE_BY_PREPOSITION);
      }
    }
    Matcher a = WORD_AFTER.matcher(after);
    if (a.find()) {
      String word = a.group(1);
      if (THINGS.contains(word) && !word.equals("train") && !word.equals("jet")) {
        return Optional.of(Kind.THING);
      }
      if (ORGANIZATIONS.contains(word)) {
        return Optional.of(Kind.ORGANIZATION);
      }
    }
    if (THE_BEFORE.matcher(before).find() && !modifies(after)) {
      return Optional.of(Kind.NOT_PERSON);
    }
    return Optional.empty();
  }

  /**
   * Whether the name modifies the noun after it ("the Biden administration"): a lowercase word
   * follows that ends no phrase and is no past tense, or a hyphen does.
   */
  private static boolean modifies(String after) {
    if (HYPHEN_AFTER.matcher(after).find()) {
      return true;
    }
    Matcher next = NEXT_WORD.matcher(after);
    return next.find() && !PHRASE_ENDS.contains(next.group(1)) && !next.group(1).endsWith("ed");
  }

  /** What the name is by the first thing or organisation word of the noun phrase it opens. */
  private static Optional<Kind> headNounKind(String after) {
    Matcher run = LOWERCASE_RUN.matcher(after);
    if (!run.find()) {
      return Optional.empty();
    }
    for (String word : run.group().strip().split("\\s+")) {
      if (PHRASE_ENDS.contains(word) || word.endsWith("ed")) {
        break;
      }
      Optional<Kind> kind = kindOf(word);
      if (kind.isPresent()) {
        return kind;
      }
    }
    return Optional.empty();
  }

  /** What the noun a pattern caught (its group 1) says a name is, if anything. */
  private static Optional<Kind> nounKind(Matcher m) {
    return m.find() ? kindOf(m.group(1)) : Optional.empty();
  }

  private static Optional<Kind> kindOf(String noun) {
    if (THINGS.contains(noun)) {
      return Optional.of(Kind.THING);
    }
    if (ORGANIZATIONS.contains(noun)) {
      return Optional.of(Kind.ORGANIZATION);
    }
    return noun.matches(PLACE_NOUNS) ? Optional.of(Kind.PLACE) : Optional.empty();
  }

  /** "MV", "HMS": written before a vessel's name. */
  static boolean isShipPrefix(String word) {
    return SHIP_PREFIXES.contains(word);
  }

  /** "Karsovian", "Brazilian", "Japanese", "Scottish": the adjective of a place, not the place. */
  static boolean isDemonym(String name) {
    return DEMONYM.matcher(name).matches();
  }

  private static boolean possessive(String after) {
    return after.startsWith("'s") || after.startsWith("’s");
  }
}
