package io.newsdesk.stories;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article's words weighted by tf-idf and scaled to unit length: words the whole corpus uses
 * weigh little, words of this event much, so two reports of one event come out close.
 */
final class TermWeights {

  private final Map<String, Double> weights;

  private TermWeights(Map<String, Double> weights) {
    this.weights = weights;
  }

  static TermWeights of(ArticleTerms terms) {
    Map<String, Double> weights = new HashMap<>();
    double documents = Math.max(1, terms.documentCount());
    terms
        .frequencies()
        .forEach(
            (term, frequency) -> {
              int df = Math.max(1, terms.documentFrequencies().getOrDefault(term, 1));
              weights.put(term, (1 + Math.log(frequency)) * Math.log(1 + documents / df));
            });
    double length = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
    if (length > 0) {
      weights.replaceAll((term, weight) -> weight / length);
    }
    return new TermWeights(weights);
  }

  static TermWeights none() {
    return new TermWeights(Map.of());
  }

  /**
   * The words to look for other reports by: frequent in the article and rare in the corpus, like
   * more-like-this picks them; words no other article has cannot find one and are left out.
   */
  static List<String> telling(ArticleTerms terms, int count) {
    double documents = Math.max(1, terms.documentCount());
    return terms.frequencies().entrySet().stream()
        .filter(e -> terms.documentFrequencies().getOrDefault(e.getKey(), 1) > 1)
        .sorted(
            Comparator.<Map.Entry<String, Integer>>comparingDouble(
                    e ->
                        -e.getValue()
                            * Math.log(1 + documents / terms.documentFrequencies().get(e.getKey())))
                .thenComparing(Map.Entry::getKey))
        .limit(count)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** From 0 (no word in common) to 1 (the same words in the same proportions). */
  double cosine(TermWeights other) {
    return dot(weights, other.weights);
  }

  /** Adds these weights to a sum of several articles' weights. */
  void addTo(Map<String, Double> sum) {
    weights.forEach((term, weight) -> sum.merge(term, weight, Double::sum));
  }

  /** The cosine with a sum of articles' weights whose length is {@code length}. */
  double cosine(Map<String, Double> sum, double length) {
    return length == 0 ? 0 : dot(weights, sum) / length;
  }

  private static double dot(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double sum = 0;
    for (Map.Entry<String, Double> entry : small.entrySet()) {
      Double weight = large.get(entry.getKey());
      if (weight != null) {
        sum += entry.getValue() * weight;
      }
    }
    return sum;
  }
}
