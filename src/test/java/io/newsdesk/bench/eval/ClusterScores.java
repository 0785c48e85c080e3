package io.newsdesk.bench.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How well a clustering (the portal's stories) agrees with gold labels (the corpus's stories), over
 * the items that have both.
 *
 * <p>Pairwise: precision is the share of item pairs put in one predicted cluster that share a gold
 * label; recall the share of gold pairs put in one predicted cluster. B-cubed: per item, precision
 * is the share of its predicted cluster that shares its gold label and recall the share of its gold
 * cluster that shares its predicted cluster, averaged over items. A ratio with nothing to count (no
 * pairs) is 1. A gold story is <em>split</em> when its items lie in two or more predicted clusters;
 * a predicted cluster is <em>merged</em> when it holds items of two or more gold stories.
 *
 * @param splits gold label to the sizes of the predicted clusters its items lie in, largest first
 * @param merges predicted cluster to the count of its items per gold label
 */
public record ClusterScores(
    int items,
    int goldClusters,
    int predictedClusters,
    Scores pairwise,
    Scores bcubed,
    Map<String, List<Integer>> splits,
    Map<String, Map<String, Integer>> merges,
    Map<String, StoryScore> stories) {

  /**
   * One gold story: its items, the predicted clusters they lie in, the items of other stories in
   * those clusters, and its items' mean B-cubed precision and recall.
   */
  public record StoryScore(int items, int parts, int intruders, double precision, double recall) {}

  /** Precision, recall and their harmonic mean (0 when both are 0). */
  public record Scores(double precision, double recall, double f1) {
    static Scores of(double precision, double recall) {
      double sum = precision + recall;
      return new Scores(precision, recall, sum == 0 ? 0 : 2 * precision * recall / sum);
    }
  }

  /** Scores {@code predicted} (item to cluster) against {@code gold} (item to label). */
  public static ClusterScores of(Map<String, String> gold, Map<String, String> predicted) {
    if (!gold.keySet().equals(predicted.keySet())) {
      throw new IllegalArgumentException("gold and predicted must cover the same items");
    }
    Map<String, Set<String>> goldClusters = invert(gold);
    Map<String, Set<String>> predictedClusters = invert(predicted);
    long together = 0;
    long goldPairs = 0;
    long predictedPairs = 0;
    double bPrecision = 0;
    double bRecall = 0;
    Map<String, double[]> perStory = new TreeMap<>();
    Map<String, Map<String, Integer>> overlap = new TreeMap<>();
    for (var cluster : predictedClusters.entrySet()) {
      Map<String, Integer> labels = new TreeMap<>();
      cluster.getValue().forEach(item -> labels.merge(gold.get(item), 1, Integer::sum));
      overlap.put(cluster.getKey(), labels);
      predictedPairs += pairs(cluster.getValue().size());
      for (int shared : labels.values()) {
        together += pairs(shared);
      }
    }
    for (Set<String> cluster : goldClusters.values()) {
      goldPairs += pairs(cluster.size());
    }
    for (String item : gold.keySet()) {
      int shared = overlap.get(predicted.get(item)).get(gold.get(item));
      double p = (double) shared / predictedClusters.get(predicted.get(item)).size();
      double r = (double) shared / goldClusters.get(gold.get(item)).size();
      bPrecision += p;
      bRecall += r;
      double[] sums = perStory.computeIfAbsent(gold.get(item), l -> new double[2]);
      sums[0] += p;
      sums[1] += r;
    }
    int n = gold.size();
    return new ClusterScores(
        n,
        goldClusters.size(),
        predictedClusters.size(),
        Scores.of(ratio(together, predictedPairs), ratio(together, goldPairs)),
        Scores.of(n == 0 ? 1 : bPrecision / n, n == 0 ? 1 : bRecall / n),
        splits(goldClusters, predicted, predictedClusters),
        merges(overlap),
        stories(goldClusters, predicted, predictedClusters, perStory));
  }

  private static Map<String, StoryScore> stories(
      Map<String, Set<String>> goldClusters,
      Map<String, String> predicted,
      Map<String, Set<String>> predictedClusters,
      Map<String, double[]> sums) {
    Map<String, StoryScore> stories = new TreeMap<>();
    goldClusters.forEach(
        (label, items) -> {
          Set<String> parts = new TreeSet<>();
          items.forEach(item -> parts.add(predicted.get(item)));
          int reach = parts.stream().mapToInt(c -> predictedClusters.get(c).size()).sum();
          int n = items.size();
          stories.put(
              label,
              new StoryScore(
                  n, parts.size(), reach - n, sums.get(label)[0] / n, sums.get(label)[1] / n));
        });
    return stories;
  }

  private static Map<String, List<Integer>> splits(
      Map<String, Set<String>> goldClusters,
      Map<String, String> predicted,
      Map<String, Set<String>> predictedClusters) {
    Map<String, List<Integer>> splits = new TreeMap<>();
    goldClusters.forEach(
        (label, items) -> {
          Map<String, Integer> parts = new HashMap<>();
          items.forEach(item -> parts.merge(predicted.get(item), 1, Integer::sum));
          if (parts.size() > 1) {
            List<Integer> sizes = new ArrayList<>(parts.values());
            sizes.sort((a, b) -> b - a);
            splits.put(label, sizes);
          }
        });
    return splits;
  }

  private static Map<String, Map<String, Integer>> merges(
      Map<String, Map<String, Integer>> overlap) {
    Map<String, Map<String, Integer>> merges = new TreeMap<>();
    overlap.forEach(
        (cluster, labels) -> {
          if (labels.size() > 1) {
            merges.put(cluster, labels);
          }
        });
    return merges;
  }

  private static Map<String, Set<String>> invert(Map<String, String> assignment) {
    Map<String, Set<String>> clusters = new TreeMap<>();
    assignment.forEach(
        (item, cluster) -> clusters.computeIfAbsent(cluster, c -> new TreeSet<>()).add(item));
    return clusters;
  }

  private static long pairs(long size) {
    return size * (size - 1) / 2;
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? 1 : (double) part / whole;
  }
}
