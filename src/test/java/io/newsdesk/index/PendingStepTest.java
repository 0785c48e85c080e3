package io.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PendingStepTest {

  @Test
  void stepsFollowInTheOrderIngestDoesThem() {
    assertThat(PendingStep.ENTITIES.after())
        .containsExactly(PendingStep.RENAMES, PendingStep.STORIES);
    assertThat(PendingStep.RENAMES.after()).containsExactly(PendingStep.STORIES);
    assertThat(PendingStep.STORIES.after()).isEmpty();
  }

  @Test
  void storedNamesReadBackAndUnknownOnesAreLeftOut() {
    List<String> stored = PendingStep.names(List.of(PendingStep.RENAMES, PendingStep.STORIES));
    assertThat(stored).containsExactly("renames", "stories");
    assertThat(PendingStep.of(List.of("stories", "translation")))
        .containsExactly(PendingStep.STORIES);
    assertThat(PendingStep.of(null)).isEmpty();
  }
}
