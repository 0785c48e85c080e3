package io.newsdesk.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class AffinityTest {

  @Test
  void sharedWordingMakesACopyOrARewrite() {
    assertThat(new Affinity(new TextOverlap(120, 0.2), 0.1, 0, OptionalLong.of(30)).textRelation())
        .hasValue(Relation.REWRITE);
    assertThat(new Affinity(new TextOverlap(300, 0.8), 0.9, 0, OptionalLong.of(0)).textRelation())
        .hasValue(Relation.COPY);
    assertThat(new Affinity(new TextOverlap(20, 0.3), 0.4, 2, OptionalLong.of(0)).textRelation())
        .as("a shared sentence of two short texts")
        .isEmpty();
  }
}
