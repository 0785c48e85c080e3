package io.newsdesk.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {

  // Gold: {a b c} {d e}; predicted: {a b} {c d e}.
  private final ClusterScores scores =
      ClusterScores.of(
          Map.of("a", "S1", "b", "S1", "c", "S1", "d", "S2", "e", "S2"),
          Map.of("a", "P1", "b", "P1", "c", "P2", "d", "P2", "e", "P2"));

  @Test
  void pairwiseCountsPairsPutTogether() {
    // predicted pairs ab cd ce de, of which ab and de are gold pairs; gold pairs ab ac bc de
    assertThat(scores.pairwise().precision()).isEqualTo(0.5);
    assertThat(scores.pairwise().recall()).isEqualTo(0.5);
    assertThat(scores.pairwise().f1()).isEqualTo(0.5);
  }

  @Test
  void bcubedAveragesOverItems() {
    // precision: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3; recall: a 2/3, b 2/3, c 1/3, d 2/2, e 2/2
    assertThat(scores.bcubed().precision()).isCloseTo(11 / 15.0, within(1e-9));
    assertThat(scores.bcubed().recall()).isCloseTo(11 / 15.0, within(1e-9));
    assertThat(scores.bcubed().f1()).isCloseTo(11 / 15.0, within(1e-9));
  }

  @Test
  void splitAndMergedStoriesAreListed() {
    assertThat(scores.splits()).isEqualTo(Map.of("S1", List.of(2, 1)));
    assertThat(scores.merges()).isEqualTo(Map.of("P2", Map.of("S1", 1, "S2", 2)));
    assertThat(scores.goldClusters()).isEqualTo(2);
    assertThat(scores.predictedClusters()).isEqualTo(2);
  }

  @Test
  void eachGoldStoryHasItsOwnFigures() {
    ClusterScores.StoryScore s1 = scores.stories().get("S1");
    assertThat(s1.items()).isEqualTo(3);
    assertThat(s1.parts()).isEqualTo(2);
    assertThat(s1.intruders()).isEqualTo(2); // d and e, in P2 with c
    assertThat(s1.precision()).isCloseTo((1 + 1 + 1 / 3.0) / 3, within(1e-9));
    assertThat(s1.recall()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0) / 3, within(1e-9));
  }

  @Test
  void singletonsHaveNoPairsSoPrecisionIsOneAndRecallZero() {
    ClusterScores apart = ClusterScores.of(Map.of("a", "S", "b", "S"), Map.of("a", "P", "b", "Q"));
    assertThat(apart.pairwise().precision()).isEqualTo(1.0);
    assertThat(apart.pairwise().recall()).isZero();
    assertThat(apart.pairwise().f1()).isZero();
    assertThat(apart.bcubed().recall()).isEqualTo(0.5);
  }

  @Test
  void goldAndPredictedMustCoverTheSameItems() {
    assertThatThrownBy(() -> ClusterScores.of(Map.of("a", "S"), Map.of("b", "P")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
