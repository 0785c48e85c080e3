package io.newsdesk.stories;

import java.util.Arrays;
import java.util.List;

/**
 * Word shingles as 64-bit hashes: the {@code n} words starting at each position. Two articles that
 * share a run of {@code n} words share its shingle, so shared passages survive edits around them.
 */
final class Shingles {

  /** Five words: long enough that unrelated articles rarely share one, short enough for quotes. */
  static final int WORDS = 5;

  private Shingles() {}

  /** One hash per starting position, in text order; a text shorter than a shingle has one. */
  static long[] of(List<Token> tokens, int words) {
    if (tokens.isEmpty()) {
      return new long[0];
    }
    int span = Math.min(words, tokens.size());
    long[] wordHashes = tokens.stream().mapToLong(t -> hash(t.word())).toArray();
    long[] shingles = new long[tokens.size() - span + 1];
    for (int i = 0; i < shingles.length; i++) {
      long h = 0;
      for (int j = 0; j < span; j++) {
        h = Hashing.mix(h * 31 + wordHashes[i + j]);
      }
      shingles[i] = h;
    }
    return shingles;
  }

  static long[] of(List<Token> tokens) {
    return of(tokens, WORDS);
  }

  /** The distinct shingles, sorted, for fast membership tests. */
  static long[] distinct(long[] shingles) {
    return Arrays.stream(shingles).sorted().distinct().toArray();
  }

  static boolean contains(long[] sortedDistinct, long shingle) {
    return Arrays.binarySearch(sortedDistinct, shingle) >= 0;
  }

  private static long hash(String word) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < word.length(); i++) {
      h = (h ^ word.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }
}
