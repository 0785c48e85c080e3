package io.newsdesk.bench;

import java.util.Arrays;

/** Measured values, sorted, with nearest-rank percentiles. */
final class Samples {

  private final double[] sorted;

  Samples(double[] values) {
    this.sorted = values.clone();
    Arrays.sort(sorted);
  }

  int count() {
    return sorted.length;
  }

  /** The value at or below which {@code percent} of the samples lie; NaN when there are none. */
  double percentile(double percent) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(percent / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }

  double max() {
    return percentile(100);
  }
}
