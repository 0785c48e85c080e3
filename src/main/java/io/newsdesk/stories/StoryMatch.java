package io.newsdesk.stories;

import io.newsdesk.index.StoryDocument.Link;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an article's comparison with one story found: its affinity with the story as a whole, and
 * with each member the similarity of their words and the wording they share.
 */
final class StoryMatch {

  private final StoryAffinity affinity;
  private final Map<String, Double> similarities;
  private final Map<String, Affinity> related;

  private StoryMatch(
      StoryAffinity affinity, Map<String, Double> similarities, Map<String, Affinity> related) {
    this.affinity = affinity;
    this.similarities = similarities;
    this.related = related;
  }

  /** A new story's first article matches nothing. */
  static StoryMatch none() {
    return new StoryMatch(null, Map.of(), Map.of());
  }

  static StoryMatch of(ArticleProfile article, StoryProfile story) {
    Map<String, Double> similarities = new HashMap<>();
    Map<String, Affinity> related = new LinkedHashMap<>();
    TextOverlap closest = TextOverlap.NONE;
    for (ArticleProfile member : story.members()) {
      Affinity affinity = Affinity.between(article, member);
      similarities.put(member.id(), round(affinity.similarity()));
      if (affinity.textRelation().isPresent()) {
        related.put(member.id(), affinity);
      }
      if (affinity.text().share() > closest.share()) {
        closest = affinity.text();
      }
    }
    return new StoryMatch(StoryAffinity.of(article, story, closest), similarities, related);
  }

  /** Whether the article is about the story's event. */
  boolean joins(StoryRules rules) {
    return affinity != null && affinity.joins(rules);
  }

  /** Among an article's matches, the one it joins with the most strength. */
  static <K> Optional<Map.Entry<K, StoryMatch>> strongestJoined(
      Map<K, StoryMatch> matches, StoryRules rules) {
    return matches.entrySet().stream()
        .filter(e -> e.getValue().joins(rules))
        .max(Comparator.comparingDouble(e -> e.getValue().strength()));
  }

  /** For choosing among stories the article could join. */
  double strength() {
    return affinity == null ? Double.NEGATIVE_INFINITY : affinity.strength();
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
                    round(affinity.text().share()),
                    affinity.text().sharedWords())));
    return links;
  }

  private static double round(double share) {
    return Math.round(share * 1000) / 1000.0;
  }
}
