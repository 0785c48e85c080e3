package io.newsdesk.enrich;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.commons.codec.language.DaitchMokotoffSoundex;

/**
 * How a name word sounds, for matching one name across romanisations. Pure and thread-safe.
 *
 * <p>{@link #romanised(String)} folds the spelling differences that the usual romanisations of
 * Ukrainian, Russian, Arabic and Persian names make for one sound, on top of {@link
 * NameKey#token(String)} (which already folds kh/h, y/i, ii/iy, x/ks, w/v, z/s, doubled letters):
 *
 * <ul>
 *   <li>{@code h → g}: Ukrainian romanises the letter г as h, Russian as g (Hrebeniuk/Grebeniuk,
 *       Bohdan/Bogdan, Oleh/Oleg, Ihor/Igor); {@code sh}, {@code ch} and {@code zh} are left alone,
 *       and so is an h that starts a word before a vowel, where English names have it (Hill is not
 *       Gill);
 *   <li>{@code ie → e} and {@code ye → e} after the first letter: Ukrainian є against Russian е
 *       (Syniehubov/Synegubov);
 *   <li>{@code ou → u}: the French spelling of the u sound (Synegoubov, Fouad, Mousavi).
 * </ul>
 *
 * <p>{@link #codes(String)} gives the Daitch-Mokotoff Soundex codes (Apache Commons Codec) of the
 * romanised word: a phonetic code made for Slavic and Yiddish surnames, with alternatives where a
 * letter may sound two ways. On the romanisation pairs of the tests it agreed on more pairs than
 * the Beider-Morse encoder of the same library (which keeps h and g apart, and also costs far
 * more); it is coarse, so the {@link NameVariants} rules use it only to find candidates and to
 * confirm a spelling two edits away, never alone.
 */
public final class NameSound {

  private static final DaitchMokotoffSoundex SOUNDEX = new DaitchMokotoffSoundex();

  private NameSound() {}

  /** The word's key with the romanisation equivalences of the class comment folded. */
  public static String romanised(String word) {
    String s = NameKey.token(word);
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char prev = i > 0 ? s.charAt(i - 1) : 0;
      char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      if (c == 'h' && prev != 's' && prev != 'c' && prev != 'z' && !(i == 0 && isVowel(next))) {
        sb.append('g');
      } else if (i > 0 && (c == 'i' || c == 'y') && next == 'e') {
        continue;
      } else if (c == 'o' && next == 'u') {
        continue;
      } else {
        sb.append(c);
      }
    }
    return NameKey.collapseDoubles(sb);
  }

  /** The Daitch-Mokotoff codes of the romanised word; empty for a word without letters. */
  public static Set<String> codes(String word) {
    String r = romanised(word);
    Set<String> out = new LinkedHashSet<>();
    if (r.isEmpty()) {
      return out;
    }
    for (String c : SOUNDEX.soundex(r).split("\\|")) {
      out.add(c);
    }
    return out;
  }

  /** Whether two words share a Daitch-Mokotoff code once romanised. */
  public static boolean soundAlike(String a, String b) {
    Set<String> ca = codes(a);
    for (String c : codes(b)) {
      if (ca.contains(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
