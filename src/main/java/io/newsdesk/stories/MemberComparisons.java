package io.newsdesk.stories;

import io.newsdesk.index.StoryDocument.Link;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an article's comparisons with the members of one story found, member by member. */
final class MemberComparisons {

  private final Map<String, Double> similarities = new HashMap<>();
  private final Map<String, Affinity> related = new LinkedHashMap<>();
  private boolean copied;
  private boolean rewritten;

  void compare(String member, Affinity affinity) {
    similarities.put(member, round(affinity.similarity()));
    affinity
        .textRelation()
        .ifPresent(
            relation -> {
              related.put(member, affinity);
              copied |= relation == Relation.COPY;
              rewritten |= relation == Relation.REWRITE;
            });
  }

  boolean copied() {
    return copied;
  }

  boolean rewritten() {
    return rewritten;
  }

  Map<String, Double> similarities() {
    return similarities;
  }

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

  static double round(double share) {
    return Math.round(share * 1000) / 1000.0;
  }
}
