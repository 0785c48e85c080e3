package io.newsdesk.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * General knowledge that the recogniser lacks, in small lists under {@code
 * src/main/resources/io/newsdesk/enrich/}: news agencies, countries and capitals, exonyms of
 * places, transliterated given names, honorifics, organisation words and place words. Nothing in it
 * is about particular articles. Immutable, so safe to share.
 */
public final class Gazetteer {

  /**
   * A news or photo agency.
   *
   * @param name the usual short name ("AFP")
   * @param names all its names, {@code name} first
   * @param creditOnly too ambiguous in running text ("AP", "PA"): trusted only in a credit
   */
  public record Agency(String name, List<String> names, boolean creditOnly) {
    public Agency {
      names = List.copyOf(names);
    }
  }

  private static final String BASE = "/io/newsdesk/enrich/";
  private static volatile Gazetteer defaults;

  private final List<Agency> agencies;
  private final Map<String, Agency> agencyByKey = new HashMap<>();
  private final Set<String> placeKeys = new HashSet<>();
  private final Map<String, List<String>> placeGroupByKey = new HashMap<>();
  private final Map<String, List<String>> givenGroupByKey = new HashMap<>();
  private final List<List<String>> honorifics;
  private final Set<String> orgWords;
  private final Set<String> placeWords;

  Gazetteer(
      List<Agency> agencies,
      List<String> places,
      List<List<String>> placeGroups,
      List<List<String>> givenGroups,
      List<String> honorifics,
      List<String> orgWords,
      List<String> placeWords) {
    this.agencies = List.copyOf(agencies);
    for (Agency a : agencies) {
      for (String n : a.names()) {
        agencyByKey.put(NameKey.plain(n), a);
      }
    }
    for (String p : places) {
      placeKeys.add(NameKey.of(p));
    }
    for (List<String> group : placeGroups) {
      List<String> names = List.copyOf(group);
      for (String n : names) {
        placeKeys.add(NameKey.of(n));
        placeGroupByKey.put(NameKey.of(n), names);
      }
    }
    for (List<String> group : givenGroups) {
      List<String> names = List.copyOf(group);
      for (String n : names) {
        givenGroupByKey.put(NameKey.token(n), names);
      }
    }
    List<List<String>> titles = new ArrayList<>();
    for (String h : honorifics) {
      titles.add(List.of(h.toLowerCase(Locale.ROOT).split("\\s+")));
    }
    titles.sort(Comparator.comparingInt((List<String> t) -> t.size()).reversed());
    this.honorifics = List.copyOf(titles);
    this.orgWords = lowercased(orgWords);
    this.placeWords = lowercased(placeWords);
  }

  private static Set<String> lowercased(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(w.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /** The lists shipped with the portal, loaded once. */
  public static Gazetteer defaults() {
    Gazetteer g = defaults;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = defaults;
        if (g == null) {
          g = load();
          defaults = g;
        }
      }
    }
    return g;
  }

  private static Gazetteer load() {
    List<Agency> agencies = new ArrayList<>();
    for (String line : lines("agencies.tsv")) {
      String[] cols = line.split("\t");
      List<String> names = Arrays.stream(cols[0].split("\\|")).map(String::strip).toList();
      boolean creditOnly = cols.length > 1 && cols[1].strip().equals("credit-only");
      agencies.add(new Agency(names.get(0), names, creditOnly));
    }
    return new Gazetteer(
        agencies,
        lines("places.txt"),
        groups("place-aliases.tsv"),
        groups("given-names.tsv"),
        lines("honorifics.txt"),
        lines("org-words.txt"),
        lines("place-words.txt"));
  }

  private static List<List<String>> groups(String file) {
    return lines(file).stream()
        .map(l -> Arrays.stream(l.split("\\|")).map(String::strip).toList())
        .toList();
  }

  private static List<String> lines(String file) {
    try (InputStream in = Gazetteer.class.getResourceAsStream(BASE + file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BASE + file);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return r.lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.replaceAll("\\s+$", ""))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All agencies, for scanning text. */
  public List<Agency> agencies() {
    return agencies;
  }

  /** The agency one of whose names this is (case and punctuation ignored), if any. */
  public Optional<Agency> agency(String name) {
    return Optional.ofNullable(agencyByKey.get(NameKey.plain(name)));
  }

  /** Whether this is a well-known place: a country, a capital, or a name in an exonym group. */
  public boolean isKnownPlace(String name) {
    return placeKeys.contains(NameKey.of(name));
  }

  /** The names of the place this one is an exonym or short form of, preferred first. */
  public Optional<List<String>> placeGroup(String name) {
    return Optional.ofNullable(placeGroupByKey.get(NameKey.of(name)));
  }

  /** Whether two given names are listed as one name in two spellings (Vladimir/Volodymyr). */
  public boolean givenNameVariants(String a, String b) {
    List<String> group = givenGroupByKey.get(NameKey.token(a));
    return group != null && group == givenGroupByKey.get(NameKey.token(b));
  }

  /**
   * How many of the leading words are a title or honorific ("Prime Minister", "Mr."), repeatedly:
   * "Former President Mr Trump" gives 3. Case-insensitive; a trailing dot is ignored.
   */
  public int titleLength(List<String> words) {
    int at = 0;
    boolean found = true;
    while (found && at < words.size()) {
      found = false;
      for (List<String> title : honorifics) {
        if (matchesAt(words, at, title)) {
          at += title.size();
          found = true;
          break;
        }
      }
    }
    return at;
  }

  private static boolean matchesAt(List<String> words, int at, List<String> title) {
    if (at + title.size() > words.size()) {
      return false;
    }
    for (int i = 0; i < title.size(); i++) {
      String w = words.get(at + i).toLowerCase(Locale.ROOT);
      if (w.endsWith(".")) {
        w = w.substring(0, w.length() - 1);
      }
      if (!w.equals(title.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word heading or ending a name makes it a place's ("Island", "Airport"). */
  public boolean isPlaceWord(String word) {
    return placeWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether the word marks an organisation's name (Institute, Bank, Party, Times ...). */
  public boolean isOrganizationWord(String word) {
    return orgWords.contains(word.toLowerCase(Locale.ROOT));
  }
}
