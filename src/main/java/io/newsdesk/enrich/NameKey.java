package io.newsdesk.enrich;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Matching keys for names: two spellings with the same key are taken for the same name. Pure
 * functions, no state.
 *
 * <p>{@link #token(String)} folds one word of a name. The rules, in order, each meant for a
 * spelling difference that news outlets make for the same name, mostly when they transliterate from
 * Cyrillic, Arabic or Chinese through English, French or German conventions:
 *
 * <ol>
 *   <li>Accents and special letters are folded: {@code é→e}, {@code ß→ss}, {@code ø→o}, {@code
 *       ł→l}, {@code æ→ae}, {@code œ→oe}; then lowercase.
 *   <li>Everything but letters and digits goes: apostrophes, dots, hyphens ({@code O'Neill →
 *       oneill}, {@code Rees-Mogg → reesmogg}). A leading Arabic article {@code al-}/{@code el-} is
 *       dropped ({@code al-Assad → assad}).
 *   <li>German and Slavic-to-Latin digraphs: {@code sch → sh} (Timoschenko/Timoshenko), {@code kh →
 *       h} (Mikhail/Mihail), {@code ph → f}, {@code th → t}, {@code dh → d} (Gadhafi/Gaddafi).
 *   <li>Letter classes that transliterations swap: {@code x → ks} (Alexei/Aleksei), {@code w → v}
 *       (Wolodymyr/Volodymyr), {@code z → s} (Selenskyj/Zelensky), {@code q → k}, and a hard {@code
 *       c} (not before e, i, y or h) {@code → k} (Victor/Viktor).
 *   <li>The i-sounds: {@code y} anywhere but first becomes {@code i}, and a {@code j} after a vowel
 *       becomes {@code i} (Sergey/Sergei/Sergej, Zelenskiy/Zelenskyy/Zelenskyj/Zelensky, Yuliya/
 *       Yulia). A leading {@code y} stays: it is a consonant there (Yuri).
 *   <li>Doubled letters collapse ({@code Zelenskii → zelenski}, {@code Gaddafi → gadafi}, {@code
 *       Assad/Asad}).
 * </ol>
 *
 * <p>The rules fold spelling, not translation: Vladimir/Volodymyr or Kiev/Kyiv stay apart here, and
 * are joined by the lists in {@link Gazetteer}, under conditions the {@link EntityDirectory}
 * checks. They over-merge a little by design (Zeller and Seller get one key); names are only ever
 * compared key to key within one entity type, and people also need compatible given names.
 */
public final class NameKey {

  private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern WORDS = Pattern.compile("[\\s\\u00a0]+");

  private NameKey() {}

  /**
   * The key of a whole name: the {@link #token(String) token keys} of its words, space-separated.
   * "Volodymyr Zelenskyy", "VOLODYMYR ZELENSKIY" and "Wolodymyr Selenskyj" share one key.
   */
  public static String of(String name) {
    return String.join(" ", tokens(name));
  }

  /**
   * The key of a whole name written together, each part of a hyphenated word keyed on its own:
   * "Yoon Suk-yeol", "Yoon Suk Yeol" and "YOON SUK YEOL" share one, as do "Waker-uz-Zaman" and
   * "Waker uz Zaman". For people, whose names outlets hyphenate differently.
   */
  public static String compact(String name) {
    StringBuilder sb = new StringBuilder();
    for (String word : WORDS.split(name.strip())) {
      String w = fold(word);
      // The article of al-Assad goes; the Persian "Al-e" (of the family of) is part of the name.
      if ((w.startsWith("al-") || w.startsWith("el-")) && w.length() > 4) {
        w = w.substring(3);
      }
      for (String part : w.split("-+")) {
        sb.append(token(part));
      }
    }
    return sb.toString();
  }

  /** The token keys of a name's words, empty words dropped. */
  public static List<String> tokens(String name) {
    List<String> keys = new ArrayList<>();
    for (String word : WORDS.split(name.strip())) {
      String key = token(word);
      if (!key.isEmpty()) {
        keys.add(key);
      }
    }
    return keys;
  }

  /**
   * A plain key for names that are not transliterated the way personal names are (organisations):
   * accents folded, lowercase, punctuation dropped, a leading "the" dropped, spaces collapsed.
   * "U.S." and "US" match, as do "The Economist" and "Economist".
   */
  public static String plain(String name) {
    String folded = fold(name);
    List<String> words = new ArrayList<>();
    for (String word : WORDS.split(folded.replace('-', ' ').replace('/', ' '))) {
      String w = NOT_ALNUM.matcher(word).replaceAll("");
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    if (words.size() > 1 && words.get(0).equals("the")) {
      words.remove(0);
    }
    return String.join(" ", words);
  }

  /** The key of one word of a name, by the rules in the class comment. */
  public static String token(String word) {
    String s = fold(word);
    if (s.startsWith("al-") || s.startsWith("el-")) {
      s = s.substring(3);
    }
    s = NOT_ALNUM.matcher(s).replaceAll("");
    if (s.isEmpty()) {
      return s;
    }
    s = s.replace("sch", "sh").replace("kh", "h").replace("ph", "f").replace("th", "t");
    s = s.replace("dh", "d").replace("x", "ks").replace("w", "v").replace("z", "s");
    s = s.replace("q", "k");
    s = hardC(s);
    s = iSounds(s);
    return collapseDoubles(s);
  }

  /** Accents and special letters folded to ASCII where there is a usual equivalent; lowercase. */
  static String fold(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      switch (c) {
        case 'ß' -> sb.append("ss");
        case 'æ' -> sb.append("ae");
        case 'œ' -> sb.append("oe");
        case 'ø' -> sb.append('o');
        case 'ł' -> sb.append('l');
        case 'đ', 'ð' -> sb.append('d');
        case 'þ' -> sb.append("th");
        case 'ı' -> sb.append('i');
        case '’', 'ʼ', '‘', '`', '´' -> sb.append('\'');
        case '‐', '‑', '–', '—' -> sb.append('-');
        default -> sb.append(c);
      }
    }
    return COMBINING.matcher(Normalizer.normalize(sb, Normalizer.Form.NFD)).replaceAll("");
  }

  private static String hardC(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      if (c == 'c' && next != 'e' && next != 'i' && next != 'y' && next != 'h') {
        sb.append('k');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String iSounds(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 'y' && i > 0) {
        sb.append('i');
      } else if (c == 'j' && i > 0 && isVowel(sb.charAt(sb.length() - 1))) {
        sb.append('i');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  static String collapseDoubles(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (sb.length() == 0 || sb.charAt(sb.length() - 1) != c) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
