package io.newsdesk.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name taken apart: titles off, surname and given names found. Pure.
 *
 * @param text the name without titles ("Keir Starmer" for "Prime Minister Sir Keir Starmer")
 * @param titled whether titles were stripped ("Mr Xi": the one word may be a family name written
 *     first)
 * @param words the words of {@code text}
 * @param given the given names: words before the surname, particles (von, de, bin ...) left out
 * @param surname the last word that is not a generational suffix (Jr, III)
 */
public record PersonName(
    String text, boolean titled, List<String> words, List<String> given, String surname) {

  private static final Set<String> PARTICLES =
      Set.of(
          "von", "van", "der", "den", "de", "da", "di", "del", "della", "du", "des", "la", "le",
          "bin", "ibn", "al", "el", "ben", "dos", "das", "do", "ter", "ten", "zu", "af", "y");
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
  private static final Pattern EDGE_JUNK =
      Pattern.compile(
          "^[\\p{Punct}\\p{Pi}\\p{Pf}\\p{Ps}\\p{Pe}\\s]+|[\\p{Pi}\\p{Pf}\\p{Ps}\\p{Pe}"
              + ",;:!?\"'’\\s]+$");

  public PersonName {
    words = List.copyOf(words);
    given = List.copyOf(given);
  }

  /** Parses a cleaned name (see {@link #clean(String)}), stripping leading titles. */
  public static PersonName parse(String name, Gazetteer gazetteer) {
    List<String> all = words(name);
    int titles = gazetteer.titleLength(all);
    if (titles >= all.size()) {
      titles = 0;
    }
    List<String> words = all.subList(titles, all.size());
    int last = words.size() - 1;
    while (last > 0 && SUFFIXES.contains(bare(words.get(last)))) {
      last--;
    }
    List<String> given = new ArrayList<>();
    for (int i = 0; i < last; i++) {
      if (!PARTICLES.contains(bare(words.get(i)))) {
        given.add(words.get(i));
      }
    }
    return new PersonName(String.join(" ", words), titles > 0, words, given, words.get(last));
  }

  /** The key of the surname (see {@link NameKey#token(String)}). */
  public String surnameKey() {
    return NameKey.token(surname);
  }

  /** The key of the first given name, or empty when there is none. */
  public String givenKey() {
    return given.isEmpty() ? "" : NameKey.token(given.get(0));
  }

  /** Whether the name has a given name as well as a surname. */
  public boolean isFull() {
    return !given.isEmpty();
  }

  /**
   * A name as written, cleaned: square brackets and curly quotes dropped ("[Sergei] Lavrov"),
   * punctuation at the edges dropped, a possessive ending dropped ("Macron’s", "Reuters’"), spaces
   * collapsed.
   */
  public static String clean(String text) {
    String s = text.replace("[", "").replace("]", "").replace("“", "").replace("”", "");
    s = SPACES.matcher(s).replaceAll(" ").strip();
    s = EDGE_JUNK.matcher(s).replaceAll("");
    if (s.length() > 3 && (s.endsWith("'s") || s.endsWith("’s"))) {
      s = s.substring(0, s.length() - 2);
    } else if (s.length() > 3 && (s.endsWith("'") || s.endsWith("’"))) {
      s = s.substring(0, s.length() - 1);
    }
    return s.strip();
  }

  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : SPACES.split(s.strip())) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static String bare(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  /** Whether the word is written in capitals only (two letters or more). */
  static boolean isAllCaps(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /** "MACRON" to "Macron", "JEAN-LUC" to "Jean-Luc", "O'NEILL" to "O'Neill". */
  static String titleCase(String word) {
    StringBuilder sb = new StringBuilder(word.length());
    boolean start = true;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return sb.toString();
  }

  /** Whether the text has at least one capital letter: names do, "he" and "his" do not. */
  static boolean hasCapital(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
