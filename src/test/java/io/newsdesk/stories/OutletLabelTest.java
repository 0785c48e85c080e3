package io.newsdesk.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutletLabelTest {

  @Test
  void theOutletElseTheSiteElseUnknown() {
    assertThat(OutletLabel.of("RT", "https://rt.com/x")).isEqualTo("RT");
    assertThat(OutletLabel.of(null, "https://www.Coastline-Today.example/story/"))
        .isEqualTo("coastline-today.example");
    assertThat(OutletLabel.of(" ", "not a url")).isEqualTo(OutletLabel.UNKNOWN);
    assertThat(OutletLabel.of(null, null)).isEqualTo(OutletLabel.UNKNOWN);
  }
}
