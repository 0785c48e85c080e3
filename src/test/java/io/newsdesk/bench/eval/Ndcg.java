package io.newsdesk.bench.eval;

import java.util.List;
import java.util.Map;

/**
 * Normalised discounted cumulative gain at a cut-off: the gain of a result of grade {@code g} is
 * {@code 2^g - 1}, discounted by {@code log2(rank + 1)}; the ideal ranking orders every judged
 * document by grade. Unlisted documents have grade 0.
 */
public final class Ndcg {

  private Ndcg() {}

  /**
   * nDCG@{@code k} of a ranking (document keys, best first) against graded judgements; 0 when
   * nothing is judged relevant.
   */
  public static double at(int k, List<String> ranking, Map<String, Integer> grades) {
    double ideal =
        dcg(grades.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).limit(k).toList());
    if (ideal == 0) {
      return 0;
    }
    List<Integer> gained =
        ranking.stream().distinct().limit(k).map(d -> grades.getOrDefault(d, 0)).toList();
    return dcg(gained) / ideal;
  }

  private static double dcg(List<Integer> grades) {
    double sum = 0;
    for (int i = 0; i < grades.size(); i++) {
      sum += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
    }
    return sum;
  }
}
