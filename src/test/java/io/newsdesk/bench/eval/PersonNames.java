package io.newsdesk.bench.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Person names compared the way the harness's matching rule needs: folded (case, diacritics,
 * apostrophes and other punctuation removed, hyphens read as spaces) and split into words.
 */
final class PersonNames {

  private static final LevenshteinDistance EDITS = LevenshteinDistance.getDefaultInstance();

  private PersonNames() {}

  /** "Fu’ad al-Shukr" becomes "fuad al shukr"; "Ale-Hashem" and "Ale Hashem" fold alike. */
  static String fold(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("['’`ʼ]", "");
    return plain.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  static List<String> words(String name) {
    String folded = fold(name);
    return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
  }

  /** The folded name without its spaces, so "Amirabdollahian" equals "Amir-Abdollahian". */
  static String joined(String name) {
    return fold(name).replace(" ", "");
  }

  /**
   * Whether every word of {@code part} is a word of {@code whole}, two adjacent words of it written
   * together, or (a single letter) the initial of one of its words; a part made of initials only is
   * no match.
   */
  static boolean isPartOf(List<String> part, List<String> whole) {
    if (part.isEmpty() || part.stream().allMatch(w -> w.length() == 1)) {
      return false;
    }
    return part.stream().allMatch(word -> fits(word, whole));
  }

  private static boolean fits(String word, List<String> whole) {
    for (int i = 0; i < whole.size(); i++) {
      String other = whole.get(i);
      if (other.equals(word)
          || (word.length() == 1 && other.startsWith(word))
          || (i + 1 < whole.size() && (other + whole.get(i + 1)).equals(word))) {
        return true;
      }
    }
    return false;
  }

  /** 1 minus the edit distance over the longer word's length: 1 for equal words. */
  static double wordSimilarity(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    return longer == 0 ? 1 : 1 - (double) EDITS.apply(a, b) / longer;
  }
}
