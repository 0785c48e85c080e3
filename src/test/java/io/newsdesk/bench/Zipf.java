package io.newsdesk.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Draws 0..n-1, value k with weight 1/(k+1)^s: a few values everywhere, most of them rare. */
final class Zipf {

  private final double[] cumulative;

  Zipf(int n, double s) {
    cumulative = new double[n];
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += 1 / Math.pow(k + 1, s);
      cumulative[k] = sum;
    }
  }

  int sample(SplittableRandom random) {
    double u = random.nextDouble() * cumulative[cumulative.length - 1];
    int at = Arrays.binarySearch(cumulative, u);
    return Math.min(at >= 0 ? at : -at - 1, cumulative.length - 1);
  }
}
