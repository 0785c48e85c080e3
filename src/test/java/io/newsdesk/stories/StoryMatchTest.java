package io.newsdesk.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class StoryMatchTest {

  final StoryRules rules = new StoryRules(4, 0.2, 0.05, 0.5);

  @Test
  void aCopyJoinsWhateverTheDistance() {
    assertThat(new StoryMatch(0.05, 0, OptionalLong.of(30), true, false).joins(rules)).isTrue();
  }

  @Test
  void aRewriteNeedsLessSimilarityButSomeStill() {
    assertThat(new StoryMatch(0.12, 1, OptionalLong.of(0), false, true).joins(rules)).isTrue();
    assertThat(new StoryMatch(0.05, 1, OptionalLong.of(0), false, true).joins(rules))
        .as("one shared paragraph with another event")
        .isFalse();
  }

  @Test
  void similarReportsWithASharedEntityOnTheSameDayJoin() {
    assertThat(new StoryMatch(0.25, 1, OptionalLong.of(0), false, false).joins(rules)).isTrue();
    assertThat(new StoryMatch(0.25, 1, OptionalLong.of(5), false, false).joins(rules))
        .as("outside the window")
        .isFalse();
    assertThat(new StoryMatch(0.15, 3, OptionalLong.of(0), false, false).joins(rules))
        .as("entities alone")
        .isFalse();
  }

  @Test
  void eachDayBetweenTheEventsAsksForMore() {
    assertThat(new StoryMatch(0.27, 1, OptionalLong.of(1), false, false).joins(rules)).isTrue();
    assertThat(new StoryMatch(0.27, 1, OptionalLong.of(2), false, false).joins(rules)).isFalse();
  }

  @Test
  void withoutASharedEntityOrAKnownDayMoreSimilarityIsNeeded() {
    assertThat(new StoryMatch(0.3, 0, OptionalLong.of(0), false, false).joins(rules)).isFalse();
    assertThat(new StoryMatch(0.36, 0, OptionalLong.of(0), false, false).joins(rules)).isTrue();
    assertThat(new StoryMatch(0.22, 2, OptionalLong.empty(), false, false).joins(rules)).isFalse();
    assertThat(new StoryMatch(0.26, 2, OptionalLong.empty(), false, false).joins(rules)).isTrue();
  }

  @Test
  void theStoryClearedMostWins() {
    StoryMatch close = new StoryMatch(0.5, 1, OptionalLong.of(0), false, false);
    StoryMatch apart = new StoryMatch(0.5, 1, OptionalLong.of(2), false, false);
    assertThat(close.margin(rules)).isGreaterThan(apart.margin(rules));
  }
}
