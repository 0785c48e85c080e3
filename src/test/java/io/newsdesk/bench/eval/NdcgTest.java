package io.newsdesk.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NdcgTest {

  @Test
  void gainsAreDiscountedByTheLogarithmOfTheRank() {
    // DCG = (2^2-1)/log2(2) + 0 + (2^1-1)/log2(4) = 3 + 0.5; ideal = 3 + 1/log2(3) = 3.63093
    double ndcg = Ndcg.at(10, List.of("a", "b", "c"), Map.of("a", 2, "c", 1));
    assertThat(ndcg).isCloseTo(3.5 / 3.63093, within(1e-5));
  }

  @Test
  void theIdealOrderScoresOne() {
    assertThat(Ndcg.at(10, List.of("a", "c", "x"), Map.of("a", 2, "c", 1))).isEqualTo(1.0);
  }

  @Test
  void onlyTheFirstKResultsCountButTheIdealHasKRelevantOnes() {
    assertThat(Ndcg.at(1, List.of("b", "a"), Map.of("a", 1))).isZero();
    // DCG = 3; ideal = 3 + 3/log2(3) = 4.89279
    assertThat(Ndcg.at(2, List.of("a", "x"), Map.of("a", 2, "b", 2, "c", 2)))
        .isCloseTo(3 / 4.89279, within(1e-5));
  }

  @Test
  void aQueryWithNothingRelevantScoresZero() {
    assertThat(Ndcg.at(10, List.of("a"), Map.of("a", 0))).isZero();
  }

  @Test
  void aDocumentListedTwiceCountsOnce() {
    // DCG = 1 + 0 (the repeat is dropped, "b" moves up); ideal = 1 + 1/log2(3) = 1.63093
    assertThat(Ndcg.at(10, List.of("a", "a", "x", "b"), Map.of("a", 1, "b", 1)))
        .isCloseTo((1 + 1 / 2.0) / 1.63093, within(1e-5));
  }
}
