package io.newsdesk.enrich;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words around a name say it is, whatever the recogniser tagged: "the trawler Hanne Marie"
 * is a vessel, "the newspaper Le Monde" and "the Wagner group" are organisations, "in Kelmora" is a
 * place. And whether a word is a demonym or adjective of a place ("Karsovian", "Brazilian",
 * "Japanese"), which is no place itself. Pure.
 */
final class NameCues {

  /** What a cue says a name is. */
  enum Kind {
    PLACE,
    ORGANIZATION,
    /** A vessel, vehicle, spacecraft, weapon or storm: none of the portal's entity types. */
    THING
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
  private static final Pattern WORD_BEFORE =
      Pattern.compile("(?:\\b(the|a|an)\\s+)?(\\p{L}+)[,\\s]+$", Pattern.UNICODE_CASE);
  private static final Pattern WORD_AFTER = Pattern.compile("^[’']?\\s+(\\p{Ll}+)");
  private static final Pattern DEMONYM =
      Pattern.compile("\\p{Lu}\\p{Ll}{3,}(?:ian|ean|ese|ish)", Pattern.UNICODE_CASE);

  private NameCues() {}

  /** The cue around the name at {@code [begin, end)} of the line, if any. */
  static Optional<Kind> around(String line, int begin, int end) {
    String before = line.substring(Math.max(0, begin - 40), begin);
    String after = line.substring(end, Math.min(line.length(), end + 30));
    Matcher b = WORD_BEFORE.matcher(before);
    if (b.find()) {
      String word = b.group(2).toLowerCase(Locale.ROOT);
      boolean lower = Character.isLowerCase(b.group(2).charAt(0));
      if ((lower && THINGS.contains(word)) || SHIP_PREFIXES.contains(b.group(2))) {
        return Optional.of(Kind.THING);
      }
      if (b.group(1) != null && lower && ORGANIZATIONS.contains(word)) {
        return Optional.of(Kind.ORGANIZATION);
      }
      if (lower && b.group(1) == null && PLACE_BEFORE.contains(word) && !possessive(after)) {
        return Optional.of(Kind.PLACE);
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
    return Optional.empty();
  }

  /** "Karsovian", "Brazilian", "Japanese", "Scottish": the adjective of a place, not the place. */
  static boolean isDemonym(String name) {
    return DEMONYM.matcher(name).matches();
  }

  private static boolean possessive(String after) {
    return after.startsWith("'s") || after.startsWith("’s");
  }
}
