package io.newsdesk.stories;

import io.newsdesk.stories.StoryCoverage.SharedWording;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the outlets of one story by their wording: the words and quotations only one outlet has,
 * and the passages each pair of outlets share.
 */
final class CoverageComparison {

  /** Shorter runs of shared words are stock phrases ("the White House on Monday"). */
  static final int MIN_PASSAGE_WORDS = 8;

  static final int TERMS = 8;
  static final int QUOTES = 5;
  static final int PASSAGES = 3;

  /** A quotation counts as carried elsewhere when most of its words appear there in order. */
  static final double CARRIED = 0.5;

  /** The same outlet's reports, in order. */
  record OutletText(String outlet, String text) {}

  /** What the comparison finds for one outlet. */
  record Findings(
      List<String> distinctiveTerms, List<String> ownQuotes, List<SharedWording> shared) {}

  private CoverageComparison() {}

  /** Findings per outlet, in the given order; a single outlet has nothing to compare with. */
  static Map<String, Findings> compare(List<OutletText> outlets) {
    Map<String, ShingledText> texts = new LinkedHashMap<>();
    outlets.forEach(o -> texts.put(o.outlet(), ShingledText.of(o.text())));
    Map<String, Set<String>> words = new HashMap<>();
    texts.forEach(
        (outlet, text) -> {
          Set<String> set = new HashSet<>();
          text.tokens().forEach(t -> set.add(t.word()));
          words.put(outlet, set);
        });
    Map<String, Findings> findings = new LinkedHashMap<>();
    for (Map.Entry<String, ShingledText> entry : texts.entrySet()) {
      String outlet = entry.getKey();
      ShingledText text = entry.getValue();
      Map<String, ShingledText> others = new LinkedHashMap<>(texts);
      others.remove(outlet);
      if (others.isEmpty()) {
        findings.put(outlet, new Findings(List.of(), List.of(), List.of()));
        continue;
      }
      Set<String> otherWords = new HashSet<>();
      others.keySet().forEach(o -> otherWords.addAll(words.get(o)));
      findings.put(
          outlet,
          new Findings(
              distinctiveTerms(text, otherWords),
              ownQuotes(text, others.values()),
              shared(text, others)));
    }
    return findings;
  }

  /**
   * Content words only this outlet used, most used first, names before common words. A word used
   * once counts only as a name (capitalised inside a sentence): a single common word says little.
   */
  static List<String> distinctiveTerms(ShingledText text, Set<String> otherWords) {
    Map<String, Integer> counts = new HashMap<>();
    Set<String> names = new HashSet<>();
    Map<String, Map<String, Integer>> forms = new HashMap<>();
    for (Token token : text.tokens()) {
      String word = token.word();
      if (word.length() < 4
          || StopWords.contains(word)
          || otherWords.contains(word)
          || word.chars().anyMatch(Character::isDigit)) {
        continue;
      }
      String form = text.text().substring(token.start(), token.end());
      counts.merge(word, 1, Integer::sum);
      forms.computeIfAbsent(word, w -> new HashMap<>()).merge(form, 1, Integer::sum);
      if (Character.isUpperCase(form.charAt(0)) && !startsSentence(text.text(), token.start())) {
        names.add(word);
      }
    }
    return counts.entrySet().stream()
        .filter(e -> e.getValue() > 1 || names.contains(e.getKey()))
        .sorted(
            Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .reversed()
                .thenComparing(e -> !names.contains(e.getKey()))
                .thenComparing(Map.Entry::getKey))
        .limit(TERMS)
        .map(e -> usualForm(forms.get(e.getKey())))
        .toList();
  }

  /** Nothing but spaces and quote marks between the word and a full stop or a line start. */
  private static boolean startsSentence(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':') {
        return true;
      }
      if (!Character.isWhitespace(c) && "\"'“‘(«".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  static List<String> ownQuotes(ShingledText text, Iterable<ShingledText> others) {
    List<String> own = new ArrayList<>();
    for (String quote : Quotes.of(text.text())) {
      ShingledText quoted = ShingledText.of(quote);
      boolean carried = false;
      for (ShingledText other : others) {
        carried |= share(quoted.sharedWith(other)) >= CARRIED;
      }
      if (!carried) {
        own.add(quote);
      }
      if (own.size() == QUOTES) {
        break;
      }
    }
    return own;
  }

  private static List<SharedWording> shared(ShingledText text, Map<String, ShingledText> others) {
    List<SharedWording> shared = new ArrayList<>();
    others.forEach(
        (outlet, other) -> {
          List<ShingledText.Passage> passages = text.passagesSharedWith(other, MIN_PASSAGE_WORDS);
          int words = passages.stream().mapToInt(ShingledText.Passage::words).sum();
          if (words > 0) {
            shared.add(
                new SharedWording(
                    outlet,
                    words,
                    passages.stream()
                        .sorted(Comparator.comparingInt(ShingledText.Passage::words).reversed())
                        .limit(PASSAGES)
                        .map(ShingledText.Passage::text)
                        .toList()));
          }
        });
    shared.sort(Comparator.comparingInt(SharedWording::words).reversed());
    return shared;
  }

  private static double share(boolean[] covered) {
    if (covered.length == 0) {
      return 0;
    }
    int count = 0;
    for (boolean c : covered) {
      count += c ? 1 : 0;
    }
    return (double) count / covered.length;
  }

  private static String usualForm(Map<String, Integer> forms) {
    return forms.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
        .orElseThrow()
        .getKey();
  }
}
