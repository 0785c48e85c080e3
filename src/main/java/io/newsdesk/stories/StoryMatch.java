package io.newsdesk.stories;

import io.newsdesk.index.StoryDocument.Link;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an article's comparison with one story's members found. */
final class StoryMatch {

  private double strength = Double.NEGATIVE_INFINITY;
  private boolean joins;
  private final Map<String, Double> similarities = new HashMap<>();
  private final Map<String, Affinity> related = new LinkedHashMap<>();

  void compare(String member, Affinity affinity, StoryRules rules) {
    similarities.put(member, round(affinity.similarity()));
    if (affinity.sameStory(rules)) {
      joins = true;
      strength = Math.max(strength, affinity.strength());
    }
    if (affinity.textRelation().isPresent()) {
      related.put(member, affinity);
    }
  }

  /** Whether the article is about the same event as any member. */
  boolean joins() {
    return joins;
  }

  /** The strongest affinity with a member the article would join for. */
  double strength() {
    return strength;
  }

  /** The article's similarity with each member compared. */
  Map<String, Double> similarities() {
    return similarities;
  }

  /** The article's text relations with the members: copies and rewrites. */
  List<Link> links(String article) {
    List<Link> links = new ArrayList<>();
    related.forEach(
        (member, affinity) ->
            links.add(
                new Link(
                    article,
                    member,
                    affinity.textRelation().orElseThrow().jsonName(),
                    round(affinity.text().share()))));
    return links;
  }

  private static double round(double share) {
    return Math.round(share * 1000) / 1000.0;
  }
}
