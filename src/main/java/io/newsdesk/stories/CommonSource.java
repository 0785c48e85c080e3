package io.newsdesk.stories;

import io.newsdesk.index.StoryDocument.Link;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Among members that share wording with no date or credit to tell which came first, the one the
 * others took it from: linked to at least two others, to more members than any other, and (among
 * equals) sharing the most with them. Two rewrites of one text each keep their own part of it, so
 * each shares more with the source than with the other rewrite.
 */
final class CommonSource {

  private CommonSource() {}

  static Optional<String> of(List<Link> undirected) {
    Map<String, Integer> degree = new HashMap<>();
    Map<String, Double> share = new HashMap<>();
    for (Link link : undirected) {
      for (String end : List.of(link.from(), link.to())) {
        degree.merge(end, 1, Integer::sum);
        share.merge(end, link.similarity(), Double::sum);
      }
    }
    String best = null;
    boolean tied = false;
    for (String member : degree.keySet()) {
      int order = best == null ? 1 : compare(member, best, degree, share);
      if (order > 0) {
        best = member;
        tied = false;
      } else if (order == 0) {
        tied = true;
      }
    }
    if (best == null || tied || degree.get(best) < 2) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  private static int compare(
      String a, String b, Map<String, Integer> degree, Map<String, Double> share) {
    int byDegree = Integer.compare(degree.get(a), degree.get(b));
    return byDegree != 0 ? byDegree : Double.compare(share.get(a), share.get(b));
  }
}
