package io.newsdesk.stories;

import io.newsdesk.index.StoryDocument.Link;
import io.newsdesk.index.StoryDocument.Member;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each member's relation within its story, from the pairs that share wording. The earlier of a pair
 * is the original; on the same day (or with a date missing) the one whose outlet the other credits
 * is; otherwise the direction is unknown and both are marked as copies or rewrites of each other.
 */
final class Relations {

  /**
   * One member's relation.
   *
   * @param relative for a copy or rewrite, the member it copies or rewrites, or (when which came
   *     first is unknown) the one it shares most wording with
   * @param directionKnown dates or credits tell that the relative came first
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
        keepStronger(undirected, from.id(), Role.undirected(relation, to.id(), link.similarity()));
        keepStronger(undirected, to.id(), Role.undirected(relation, from.id(), link.similarity()));
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
