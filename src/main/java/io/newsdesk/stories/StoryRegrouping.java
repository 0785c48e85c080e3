package io.newsdesk.stories;

import io.newsdesk.index.StoryDocument.Member;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Places the members of neighbouring stories again, together and in publication order, as a rebuild
 * places them. A report of another event that joined a story while the story was small leaves it
 * once the story's own reports tell the two events apart; two stories that a later report could
 * join both come together when, placed again, they are one; a group that is two events years apart
 * splits (see {@link StorySplit}). Incremental placing so ends where a rebuild ends, whatever order
 * the articles came in.
 */
final class StoryRegrouping {

  /**
   * Neighbourhoods with more members stay as they are: placing again compares each member with each
   * group, which costs the square of the size, and a story that large is settled.
   */
  static final int MAX_MEMBERS = 60;

  /** A member placed again, with what its comparison with its group found (none for a founder). */
  record Joined(Member member, StoryMatch match) {}

  /**
   * One group of a neighbourhood placed again; {@code keeps} is the story whose id it keeps (the
   * one most of its members were in), empty for a new story.
   */
  record Group(Optional<String> keeps, List<Joined> members) {}

  private final StoryRules rules;
  private final StorySplit splitting;
  private final Map<String, String> parent = new HashMap<>();

  StoryRegrouping(StoryRules rules) {
    this.rules = rules;
    this.splitting = new StorySplit(rules);
  }

  /** Notes that an article joined one story and could have joined the others. */
  void link(String joined, Collection<String> joinable) {
    root(joined);
    for (String other : joinable) {
      parent.put(root(other), root(joined));
    }
  }

  /** The stories noted, in sets of those that articles joined or could have joined together. */
  Collection<Set<String>> neighbourhoods() {
    Map<String, Set<String>> byRoot = new LinkedHashMap<>();
    for (String story : List.copyOf(parent.keySet())) {
      byRoot.computeIfAbsent(root(story), r -> new LinkedHashSet<>()).add(story);
    }
    return byRoot.values();
  }

  private String root(String story) {
    String at = parent.computeIfAbsent(story, s -> s);
    while (!at.equals(parent.get(at))) {
      at = parent.get(at);
    }
    parent.put(story, at);
    return at;
  }

  /**
   * The stories' members placed again among themselves; empty when nothing changes, when the
   * neighbourhood is too large, or when a member could not be read.
   */
  Optional<List<Group>> regroup(
      Map<String, List<Member>> stories, Function<String, Optional<ArticleProfile>> profiles) {
    List<Member> members = stories.values().stream().flatMap(List::stream).toList();
    if (members.size() < 2 || members.size() > MAX_MEMBERS) {
      return Optional.empty();
    }
    Map<String, ArticleProfile> read = new HashMap<>();
    for (Member member : members) {
      Optional<ArticleProfile> profile = profiles.apply(member.id());
      if (profile.isEmpty()) {
        return Optional.empty();
      }
      read.put(member.id(), profile.get());
    }
    List<List<Joined>> placed = place(chronological(members), read);
    if (unchanged(placed, stories)) {
      return Optional.empty();
    }
    return Optional.of(named(placed, stories));
  }

  /**
   * Each member joins the group it joins with the most strength, or founds one; then lone ones look
   * again; then each group is split where it is two events.
   */
  private List<List<Joined>> place(List<Member> ordered, Map<String, ArticleProfile> profiles) {
    List<List<Joined>> groups = new ArrayList<>();
    List<StoryProfile> groupProfiles = new ArrayList<>();
    for (Member member : ordered) {
      ArticleProfile profile = profiles.get(member.id());
      Optional<Map.Entry<Integer, StoryMatch>> best = best(profile, groupProfiles, -1);
      int at;
      if (best.isEmpty()) {
        groups.add(new ArrayList<>(List.of(new Joined(member, StoryMatch.none()))));
        groupProfiles.add(new StoryProfile());
        at = groups.size() - 1;
      } else {
        at = best.get().getKey();
        groups.get(at).add(new Joined(member, best.get().getValue()));
      }
      groupProfiles.get(at).add(profile);
    }
    for (int own = 0; own < groups.size(); own++) {
      if (groups.get(own).size() != 1) {
        continue;
      }
      Member member = groups.get(own).get(0).member();
      ArticleProfile profile = profiles.get(member.id());
      Optional<Map.Entry<Integer, StoryMatch>> best = best(profile, groupProfiles, own);
      if (best.isPresent()) {
        int at = best.get().getKey();
        groups.get(at).add(new Joined(member, best.get().getValue()));
        groupProfiles.get(at).add(profile);
        groups.get(own).clear();
        groupProfiles.set(own, new StoryProfile());
      }
    }
    groups.removeIf(List::isEmpty);
    List<List<Joined>> events = new ArrayList<>();
    groups.forEach(group -> events.addAll(splitWhereTwo(group, profiles)));
    return events;
  }

  /**
   * The group, or its halves when it is the reports of two events (see {@link StorySplit}), each
   * half split again where it is two; a half's members are matched again among themselves.
   */
  private List<List<Joined>> splitWhereTwo(
      List<Joined> group, Map<String, ArticleProfile> profiles) {
    List<Member> members = group.stream().map(Joined::member).toList();
    Optional<List<List<Integer>>> halves =
        splitting.halves(members.stream().map(m -> profiles.get(m.id())).toList());
    if (halves.isEmpty()) {
      return List.of(group);
    }
    List<List<Joined>> groups = new ArrayList<>();
    for (List<Integer> half : halves.get()) {
      List<Joined> placed = new ArrayList<>();
      StoryProfile together = new StoryProfile();
      for (Member member : chronological(half.stream().map(members::get).toList())) {
        ArticleProfile profile = profiles.get(member.id());
        placed.add(
            new Joined(
                member, placed.isEmpty() ? StoryMatch.none() : StoryMatch.of(profile, together)));
        together.add(profile);
      }
      groups.addAll(splitWhereTwo(placed, profiles));
    }
    return groups;
  }

  /** The group (by index) the article joins with the most strength, and the match it found. */
  private Optional<Map.Entry<Integer, StoryMatch>> best(
      ArticleProfile profile, List<StoryProfile> groups, int except) {
    Map<Integer, StoryMatch> matches = new LinkedHashMap<>();
    for (int at = 0; at < groups.size(); at++) {
      if (at != except && !groups.get(at).members().isEmpty()) {
        matches.put(at, StoryMatch.of(profile, groups.get(at)));
      }
    }
    return StoryMatch.strongestJoined(matches, rules);
  }

  private static boolean unchanged(List<List<Joined>> groups, Map<String, List<Member>> stories) {
    Set<Set<String>> before = new HashSet<>();
    stories.values().forEach(members -> before.add(ids(members)));
    Set<Set<String>> after = new HashSet<>();
    groups.forEach(group -> after.add(ids(group.stream().map(Joined::member).toList())));
    return before.equals(after);
  }

  /** Largest group first, each keeps the id of the story most of its members were in, if free. */
  private static List<Group> named(List<List<Joined>> groups, Map<String, List<Member>> stories) {
    Map<String, String> storyOf = new HashMap<>();
    stories.forEach((story, members) -> members.forEach(m -> storyOf.put(m.id(), story)));
    Set<String> kept = new HashSet<>();
    List<Group> named = new ArrayList<>();
    groups.stream()
        .sorted(Comparator.comparingInt(List<Joined>::size).reversed())
        .forEach(
            group -> {
              Map<String, Integer> counts = new HashMap<>();
              group.forEach(j -> counts.merge(storyOf.get(j.member().id()), 1, Integer::sum));
              Optional<String> keeps =
                  counts.entrySet().stream()
                      .filter(e -> !kept.contains(e.getKey()))
                      .max(
                          Map.Entry.<String, Integer>comparingByValue()
                              .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                      .map(Map.Entry::getKey);
              keeps.ifPresent(kept::add);
              named.add(new Group(keeps, group));
            });
    return named;
  }

  private static Set<String> ids(List<Member> members) {
    Set<String> ids = new HashSet<>();
    members.forEach(m -> ids.add(m.id()));
    return ids;
  }

  /** Earliest first, undated last; ties by id, as a rebuild places them. */
  private static List<Member> chronological(List<Member> members) {
    return members.stream()
        .sorted(
            Comparator.comparing(
                    Member::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(Member::id))
        .toList();
  }
}
