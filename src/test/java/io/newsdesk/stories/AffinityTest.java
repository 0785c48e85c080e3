package io.newsdesk.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class AffinityTest {

  final StoryRules rules = new StoryRules(4, 0.2);
  final TextOverlap none = new TextOverlap(10, 0.02);

  @Test
  void sharedWordingJoinsWhateverTheDistance() {
    Affinity rewrite = new Affinity(new TextOverlap(120, 0.2), 0.1, 0, OptionalLong.of(30));

    assertThat(rewrite.sameStory(rules)).isTrue();
    assertThat(rewrite.textRelation()).hasValue(Relation.REWRITE);
  }

  @Test
  void similarReportsWithASharedEntityWithinTheWindowJoin() {
    assertThat(new Affinity(none, 0.25, 1, OptionalLong.of(2)).sameStory(rules)).isTrue();
    assertThat(new Affinity(none, 0.25, 1, OptionalLong.of(5)).sameStory(rules))
        .as("outside the window")
        .isFalse();
    assertThat(new Affinity(none, 0.15, 3, OptionalLong.of(0)).sameStory(rules))
        .as("entities alone")
        .isFalse();
  }

  @Test
  void withoutASharedEntityOrADateMoreSimilarityIsNeeded() {
    assertThat(new Affinity(none, 0.3, 0, OptionalLong.of(1)).sameStory(rules)).isFalse();
    assertThat(new Affinity(none, 0.4, 0, OptionalLong.of(1)).sameStory(rules)).isTrue();
    assertThat(new Affinity(none, 0.22, 2, OptionalLong.empty()).sameStory(rules)).isFalse();
    assertThat(new Affinity(none, 0.3, 2, OptionalLong.empty()).sameStory(rules)).isTrue();
  }
}
