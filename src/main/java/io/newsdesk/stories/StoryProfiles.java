package io.newsdesk.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The profiles of the stories being placed into, made when first asked and again after a change.
 */
final class StoryProfiles {

  /** Members a story is compared by: all of them, or the latest of a very large story. */
  static final int MEMBERS = 50;

  private final Map<String, StoryState> states;
  private final Map<String, ArticleProfile> articles;
  private final Map<String, StoryProfile> profiles = new HashMap<>();

  StoryProfiles(Map<String, StoryState> states, Map<String, ArticleProfile> articles) {
    this.states = states;
    this.articles = articles;
  }

  StoryProfile of(String story) {
    return profiles.computeIfAbsent(
        story,
        id -> {
          List<ArticleProfile> members =
              states.get(id).latestMembers(MEMBERS).stream()
                  .map(articles::get)
                  .filter(Objects::nonNull)
                  .toList();
          return StoryProfile.of(members);
        });
  }

  void changed(String story) {
    profiles.remove(story);
  }
}
