package io.newsdesk.stories;

import java.util.ArrayList;
import java.util.List;

/**
 * A text ready for comparison: its words, its shingles in text order, and the distinct shingles
 * sorted for lookups.
 */
final class ShingledText {

  private final String text;
  private final List<Token> tokens;
  private final long[] shingles;
  private final long[] distinct;

  private ShingledText(String text) {
    this.text = text;
    this.tokens = Tokens.of(text);
    this.shingles = Shingles.of(tokens);
    this.distinct = Shingles.distinct(shingles);
  }

  static ShingledText of(String text) {
    return new ShingledText(text);
  }

  String text() {
    return text;
  }

  List<Token> tokens() {
    return tokens;
  }

  long[] shingles() {
    return shingles;
  }

  int words() {
    return tokens.size();
  }

  boolean has(long shingle) {
    return Shingles.contains(distinct, shingle);
  }

  /** Which of this text's words lie in a shingle the other text also has. */
  boolean[] sharedWith(ShingledText other) {
    boolean[] covered = new boolean[tokens.size()];
    int span = Math.min(Shingles.WORDS, tokens.size());
    for (int i = 0; i < shingles.length; i++) {
      if (other.has(shingles[i])) {
        for (int j = i; j < i + span; j++) {
          covered[j] = true;
        }
      }
    }
    return covered;
  }

  /** The runs of at least {@code minWords} words that the other text has too, in text order. */
  List<Passage> passagesSharedWith(ShingledText other, int minWords) {
    boolean[] covered = sharedWith(other);
    List<Passage> passages = new ArrayList<>();
    int i = 0;
    while (i < covered.length) {
      if (!covered[i]) {
        i++;
        continue;
      }
      int end = i;
      while (end < covered.length && covered[end]) {
        end++;
      }
      if (end - i >= minWords) {
        passages.add(
            new Passage(text.substring(tokens.get(i).start(), tokens.get(end - 1).end()), end - i));
      }
      i = end;
    }
    return passages;
  }

  /** A stretch of wording two texts share. */
  record Passage(String text, int words) {}
}
