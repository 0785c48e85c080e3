package io.newsdesk.stories;

import io.newsdesk.index.StoryDocument;
import io.newsdesk.index.StoryDocument.Link;
import io.newsdesk.index.StoryDocument.Member;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A story while articles are placed in it: members and links change, and the summary (headline,
 * dates, outlets, principal entities) is derived from them when it is stored.
 */
final class StoryState {

  /** Principal entities shown for a story, per kind. */
  static final int PRINCIPAL = 5;

  private final String id;
  private final List<Member> members;
  private final List<Link> links;

  private StoryState(String id, List<Member> members, List<Link> links) {
    this.id = id;
    this.members = new ArrayList<>(members);
    this.links = new ArrayList<>(links);
  }

  static StoryState of(StoryDocument document) {
    return new StoryState(document.id(), document.members(), document.links());
  }

  static StoryState start(String id) {
    return new StoryState(id, List.of(), List.of());
  }

  boolean isEmpty() {
    return members.isEmpty();
  }

  /** The ids of the story's latest members, at most {@code count}. */
  List<String> latestMemberIds(int count) {
    List<Member> byDate = chronological(members);
    return byDate.subList(Math.max(0, byDate.size() - count), byDate.size()).stream()
        .map(Member::id)
        .toList();
  }

  /**
   * Adds an article with its links to members, and how similar it is to each member it was compared
   * with; both sides keep their best similarity as their score.
   */
  void add(Member member, List<Link> newLinks, Map<String, Double> similarities) {
    double best = similarities.values().stream().mapToDouble(d -> d).max().orElse(0);
    members.replaceAll(
        m ->
            similarities.containsKey(m.id()) && similarities.get(m.id()) > m.score()
                ? withScore(m, similarities.get(m.id()))
                : m);
    members.add(withScore(member, Math.max(best, member.score())));
    links.addAll(newLinks);
  }

  int size() {
    return members.size();
  }

  /** The members, in the order they joined. */
  List<Member> members() {
    return List.copyOf(members);
  }

  void remove(String articleId) {
    members.removeIf(m -> m.id().equals(articleId));
    links.removeIf(l -> l.from().equals(articleId) || l.to().equals(articleId));
  }

  StoryDocument toDocument(Instant now) {
    List<Member> byDate = chronological(members);
    Map<String, Relations.Role> roles = Relations.of(members, links);
    return new StoryDocument(
        id,
        headline(byDate, roles),
        byDate.stream().map(Member::published).filter(Objects::nonNull).findFirst().orElse(null),
        byDate.stream()
            .map(Member::published)
            .filter(Objects::nonNull)
            .reduce((a, b) -> b)
            .orElse(null),
        List.copyOf(new LinkedHashSet<>(byDate.stream().map(Member::outlet).toList())),
        members.size(),
        principal(Member::persons),
        principal(Member::organizations),
        principal(Member::places),
        byDate.stream().map(Member::id).toList(),
        byDate,
        List.copyOf(links),
        now);
  }

  /** Earliest first; undated members after the dated ones, in the order they were placed. */
  static List<Member> chronological(List<Member> members) {
    return members.stream()
        .sorted(
            Comparator.comparing(
                Member::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())))
        .toList();
  }

  /**
   * The first report's headline: the earliest member that is an original or its own coverage; else
   * the earliest whose copying has no known direction.
   */
  private static String headline(List<Member> byDate, Map<String, Relations.Role> roles) {
    List<Member> titled =
        byDate.stream().filter(m -> m.title() != null && !m.title().isBlank()).toList();
    return titled.stream()
        .filter(m -> roles.get(m.id()).relative().isEmpty())
        .findFirst()
        .or(() -> titled.stream().filter(m -> !roles.get(m.id()).directionKnown()).findFirst())
        .or(() -> titled.stream().findFirst())
        .map(Member::title)
        .orElse("");
  }

  /**
   * The entities most members are about; in a story of three or more, one article's entity alone is
   * not principal.
   */
  private List<String> principal(Function<Member, List<String>> names) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Member member : chronological(members)) {
      for (String name : names.apply(member)) {
        counts.merge(name, 1, Integer::sum);
      }
    }
    int needed = members.size() >= 3 ? 2 : 1;
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= needed)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(PRINCIPAL)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** A member placed again starts without the score its earlier comparisons gave it. */
  static Member unscored(Member m) {
    return withScore(m, 0);
  }

  private static Member withScore(Member m, double score) {
    return new Member(
        m.id(),
        m.outlet(),
        m.title(),
        m.published(),
        m.credit(),
        score,
        m.persons(),
        m.organizations(),
        m.places());
  }
}
