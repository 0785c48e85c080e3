package io.newsdesk.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * MinHash over shingles, cut into LSH bands. Each band key is stored as a keyword term, so the
 * articles that share a band with a new one are found by a terms query rather than a scan. With 40
 * bands of 3 hashes, two texts sharing half their shingles meet in a band with probability 0.995,
 * texts sharing 3% of them with probability 0.001.
 */
final class MinHash {

  static final int BANDS = 40;
  static final int ROWS = 3;
  static final int HASHES = BANDS * ROWS;

  private static final long[] SEEDS = seeds();

  private MinHash() {}

  /** For each hash function, the smallest value over the shingles; empty for no shingles. */
  static long[] signature(long[] shingles) {
    if (shingles.length == 0) {
      return new long[0];
    }
    long[] signature = new long[HASHES];
    Arrays.fill(signature, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < HASHES; i++) {
        long value = Hashing.mix(shingle ^ SEEDS[i]);
        if (value < signature[i]) {
          signature[i] = value;
        }
      }
    }
    return signature;
  }

  /** The band keys, such as {@code 07-3fa9c2e1b0d4}: band number, then a hash of its rows. */
  static List<String> bandKeys(long[] signature) {
    List<String> keys = new ArrayList<>(signature.length / ROWS);
    for (int band = 0; band < signature.length / ROWS; band++) {
      long h = band;
      for (int row = 0; row < ROWS; row++) {
        h = Hashing.mix(h * 31 + signature[band * ROWS + row]);
      }
      keys.add(String.format("%02d-%s", band, HexFormat.of().toHexDigits(h).substring(4)));
    }
    return keys;
  }

  private static long[] seeds() {
    long[] seeds = new long[HASHES];
    long state = 0x5DEECE66DL;
    for (int i = 0; i < HASHES; i++) {
      state += 0x9e3779b97f4a7c15L;
      seeds[i] = Hashing.mix(state);
    }
    return seeds;
  }
}
