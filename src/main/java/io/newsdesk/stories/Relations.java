package io.newsdesk.stories;

import io.newsdesk.index.StoryDocument.Link;
import io.newsdesk.index.StoryDocument.Member;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Each member's relation within its story, from the pairs that share wording. The earlier of a pair
 * is the original; on the same day (or with a date missing) the one whose outlet the other credits
 * is. Where neither tells, a member that shares more wording with each of two others than they
 * share with each other is their common source: each took its passages from it, not from the other.
 * Otherwise the direction is unknown and both are marked as copies or rewrites of each other.
 */
final class Relations {

  /**
   * One member's relation.
   *
   * @param relative for a copy or rewrite, the member it copies or rewrites, or (when which came
   *     first is unknown) the one it shares most wording with
   * @param directionKnown dates, credits or a common source tell that the relative came first
   * @param similarity for copies and rewrites the share of wording with {@code of} (or the
   *     partner), for an original the largest share any copy took, for coverage its word similarity
   *     to the closest member
   */
  record Role(
      Relation relation, Optional<String> relative, boolean directionKnown, double similarity) {

    static Role derived(Relation relation, String original, double similarity) {
      return new Role(relation, Optional.of(original), true, similarity);
    }

    static Role undirected(Relation relation, String partner, double similarity) {
      return new Role(relation, Optional.of(partner), false, similarity);
    }

    static Role alone(Relation relation, double similarity) {
      return new Role(relation, Optional.empty(), false, similarity);
    }
  }

  private Relations() {}

  static Map<String, Role> of(List<Member> members, List<Link> links) {
    Map<String, Member> byId = new HashMap<>();
    members.forEach(m -> byId.put(m.id(), m));
    Map<String, Role> derived = new HashMap<>();
    Map<String, Role> undirected = new HashMap<>();
    Map<String, Double> copiedShare = new HashMap<>();
    List<Link> unordered = new ArrayList<>();
    for (Link link : links) {
      Member from = byId.get(link.from());
      Member to = byId.get(link.to());
      if (from == null || to == null) {
        continue;
      }
      Relation relation = Relation.of(link.relation());
      Optional<Member> original = original(from, to);
      if (original.isPresent()) {
        Member source = original.get();
        Member copy = source == from ? to : from;
        keepStronger(derived, copy.id(), Role.derived(relation, source.id(), link.similarity()));
        copiedShare.merge(source.id(), link.similarity(), Math::max);
      } else {
        unordered.add(link);
      }
    }
    Set<String> sources = commonSources(unordered, derived.keySet());
    for (Link link : unordered) {
      Relation relation = Relation.of(link.relation());
      String from = link.from();
      String to = link.to();
      if (sources.contains(from) != sources.contains(to)) {
        String source = sources.contains(from) ? from : to;
        String copy = source.equals(from) ? to : from;
        keepStronger(derived, copy, Role.derived(relation, source, link.similarity()));
        copiedShare.merge(source, link.similarity(), Math::max);
      } else {
        keepStronger(undirected, from, Role.undirected(relation, to, link.similarity()));
        keepStronger(undirected, to, Role.undirected(relation, from, link.similarity()));
      }
    }
    Map<String, Role> roles = new HashMap<>();
    for (Member member : members) {
      String id = member.id();
      Role role =
          derived.containsKey(id)
              ? derived.get(id)
              : undirected.containsKey(id)
                  ? undirected.get(id)
                  : copiedShare.containsKey(id)
                      ? Role.alone(Relation.ORIGINAL, copiedShare.get(id))
                      : Role.alone(Relation.COVERAGE, member.score());
      roles.put(id, role);
    }
    return roles;
  }

  /**
   * Members with whom two others each share more words than those two share with each other, among
   * links with no direction; a member already known to copy another is no source. Words, not
   * shares: a share is of the shorter text of each pair, so shares of pairs of different lengths do
   * not compare.
   */
  private static Set<String> commonSources(List<Link> links, Set<String> copies) {
    Map<String, Map<String, Integer>> shares = new HashMap<>();
    for (Link link : links) {
      shares
          .computeIfAbsent(link.from(), k -> new HashMap<>())
          .merge(link.to(), link.sharedWords(), Math::max);
      shares
          .computeIfAbsent(link.to(), k -> new HashMap<>())
          .merge(link.from(), link.sharedWords(), Math::max);
    }
    Set<String> sources = new HashSet<>();
    shares.forEach(
        (member, partners) -> {
          List<String> others = List.copyOf(partners.keySet());
          for (int i = 0; i < others.size() && !copies.contains(member); i++) {
            for (int j = i + 1; j < others.size(); j++) {
              int between = shares.get(others.get(i)).getOrDefault(others.get(j), 0);
              if (between < Math.min(partners.get(others.get(i)), partners.get(others.get(j)))) {
                sources.add(member);
              }
            }
          }
        });
    // Two members that each look like the other's source tell nothing.
    Set<String> mutual = new HashSet<>();
    for (String source : sources) {
      shares.get(source).keySet().stream().filter(sources::contains).forEach(mutual::add);
    }
    sources.removeAll(mutual);
    return sources;
  }

  /** Which of two members sharing wording came first, where dates or credits tell. */
  static Optional<Member> original(Member a, Member b) {
    if (a.published() != null && b.published() != null && !a.published().equals(b.published())) {
      return Optional.of(a.published().isBefore(b.published()) ? a : b);
    }
    boolean aCreditsB = credits(a, b);
    boolean bCreditsA = credits(b, a);
    if (aCreditsB != bCreditsA) {
      return Optional.of(aCreditsB ? b : a);
    }
    return Optional.empty();
  }

  /** The article names the other's outlet as the agency it carries. */
  private static boolean credits(Member article, Member other) {
    return article.credit() != null
        && other.outlet() != null
        && article.credit().equalsIgnoreCase(other.outlet())
        && !article.credit().equalsIgnoreCase(article.outlet());
  }

  /** Copy outranks rewrite; between equals, the larger share. */
  private static void keepStronger(Map<String, Role> roles, String id, Role candidate) {
    roles.merge(
        id,
        candidate,
        (old, now) -> {
          if (old.relation() != now.relation()) {
            return old.relation() == Relation.COPY ? old : now;
          }
          return now.similarity() > old.similarity() ? now : old;
        });
  }
}
