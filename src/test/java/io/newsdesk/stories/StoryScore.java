package io.newsdesk.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How a clustering compares with labels: B-cubed and pairwise precision, recall and F1, and which
 * labelled stories were split or merged.
 *
 * @param labels item to its labelled story
 * @param found item to the story it was put in
 */
record StoryScore(Map<String, String> labels, Map<String, String> found) {

  static StoryScore of(Map<String, String> labels, Map<String, String> found) {
    return new StoryScore(Map.copyOf(labels), Map.copyOf(found));
  }

  double[] bcubed() {
    Map<String, Integer> labelSize = counts(labels);
    Map<String, Integer> foundSize = counts(found);
    Map<String, Integer> both = new HashMap<>();
    labels.forEach(
        (item, label) -> both.merge(label + "\u0000" + found.get(item), 1, Integer::sum));
    double precision = 0;
    double recall = 0;
    for (String item : labels.keySet()) {
      int common = both.get(labels.get(item) + "\u0000" + found.get(item));
      precision += (double) common / foundSize.get(found.get(item));
      recall += (double) common / labelSize.get(labels.get(item));
    }
    precision /= labels.size();
    recall /= labels.size();
    return new double[] {precision, recall, f1(precision, recall)};
  }

  double[] pairwise() {
    long truePairs = 0;
    long foundPairs = 0;
    long right = 0;
    List<String> items = new ArrayList<>(labels.keySet());
    for (int i = 0; i < items.size(); i++) {
      for (int j = i + 1; j < items.size(); j++) {
        boolean same = labels.get(items.get(i)).equals(labels.get(items.get(j)));
        boolean together = found.get(items.get(i)).equals(found.get(items.get(j)));
        truePairs += same ? 1 : 0;
        foundPairs += together ? 1 : 0;
        right += same && together ? 1 : 0;
      }
    }
    double precision = foundPairs == 0 ? 1 : (double) right / foundPairs;
    double recall = truePairs == 0 ? 1 : (double) right / truePairs;
    return new double[] {precision, recall, f1(precision, recall)};
  }

  String summary() {
    double[] b = bcubed();
    double[] p = pairwise();
    return String.format(
        "B-cubed P %.3f R %.3f F1 %.3f | pairwise P %.3f R %.3f F1 %.3f | %d stories for %d",
        b[0],
        b[1],
        b[2],
        p[0],
        p[1],
        p[2],
        new TreeSet<>(found.values()).size(),
        new TreeSet<>(labels.values()).size());
  }

  /** One line per labelled story split over several found ones, and per found story mixing. */
  List<String> details() {
    Map<String, Map<String, List<String>>> byLabel = new TreeMap<>();
    Map<String, Map<String, List<String>>> byFound = new TreeMap<>();
    labels.forEach(
        (item, label) -> {
          byLabel
              .computeIfAbsent(label, l -> new TreeMap<>())
              .computeIfAbsent(found.get(item), f -> new ArrayList<>())
              .add(item);
          byFound
              .computeIfAbsent(found.get(item), f -> new TreeMap<>())
              .computeIfAbsent(label, l -> new ArrayList<>())
              .add(item);
        });
    List<String> lines = new ArrayList<>();
    byLabel.forEach(
        (label, parts) -> {
          if (parts.size() > 1) {
            List<String> groups = new ArrayList<>();
            parts.values().forEach(p -> groups.add(new TreeSet<>(p).toString()));
            lines.add("split  " + label + ": " + String.join(" ", groups));
          }
        });
    byFound.forEach(
        (story, parts) -> {
          if (parts.size() > 1) {
            List<String> groups = new ArrayList<>();
            parts.forEach((label, p) -> groups.add(label + new TreeSet<>(p)));
            lines.add("merged " + String.join(" + ", groups));
          }
        });
    return lines;
  }

  private static Map<String, Integer> counts(Map<String, String> assignment) {
    Map<String, Integer> counts = new HashMap<>();
    assignment.values().forEach(v -> counts.merge(v, 1, Integer::sum));
    return counts;
  }

  private static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
