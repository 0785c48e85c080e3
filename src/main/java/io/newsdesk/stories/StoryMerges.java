package io.newsdesk.stories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stories that turn out to be one: when an article of one was close to members of another, the two
 * are compared as wholes, and merged when their centroids, people and days agree. Placing in
 * another order then ends with the same stories, since either way the two halves meet here.
 */
final class StoryMerges {

  private final StoryRules rules;
  private final Set<List<String>> pairs = new LinkedHashSet<>();

  StoryMerges(StoryRules rules) {
    this.rules = rules;
  }

  /** The story an article joined was near these others. */
  void near(String story, Collection<String> others) {
    for (String other : others) {
      if (!other.equals(story)) {
        pairs.add(story.compareTo(other) < 0 ? List.of(story, other) : List.of(other, story));
      }
    }
  }

  /**
   * Merges the pairs that are one story, the smaller into the larger (ties: the first id), and
   * records where the moved articles went. Returns the stories changed: those kept and those left
   * empty.
   */
  Set<String> apply(
      Map<String, StoryState> states, StoryProfiles profiles, Map<String, String> assigned) {
    Set<String> changed = new LinkedHashSet<>();
    for (List<String> pair : new ArrayList<>(pairs)) {
      StoryState a = states.get(pair.get(0));
      StoryState b = states.get(pair.get(1));
      if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
        continue;
      }
      StoryState keep = a.size() >= b.size() ? a : b;
      StoryState gone = keep == a ? b : a;
      StoryMatch match = profiles.of(keep.id()).match(profiles.of(gone.id()));
      if (!sameStory(match)) {
        continue;
      }
      gone.memberIds().forEach(id -> assigned.put(id, keep.id()));
      keep.absorb(gone);
      profiles.changed(keep.id());
      profiles.changed(gone.id());
      changed.add(keep.id());
      changed.add(gone.id());
    }
    return changed;
  }

  /** Within the window, a principal entity in common, and each day apart asking for more. */
  private boolean sameStory(StoryMatch match) {
    long days = match.daysApart().orElse(0);
    return days <= rules.windowDays()
        && match.sharedEntities() > 0
        && match.similarity() >= rules.mergeSimilarity() + rules.perDayApart() * days;
  }
}
