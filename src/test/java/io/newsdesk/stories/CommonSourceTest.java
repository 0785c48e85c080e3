package io.newsdesk.stories;

import static io.newsdesk.stories.Members.link;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommonSourceTest {

  @Test
  void theTextTwoRewritesEachSharedMostWithIsTheirSource() {
    assertThat(
            CommonSource.of(
                List.of(
                    link("web", "ft", Relation.REWRITE, 0.3),
                    link("caliber", "ft", Relation.REWRITE, 0.2),
                    link("web", "caliber", Relation.REWRITE, 0.16))))
        .hasValue("ft");
    assertThat(
            CommonSource.of(
                List.of(
                    link("web", "ft", Relation.REWRITE, 0.3),
                    link("caliber", "ft", Relation.REWRITE, 0.2))))
        .hasValue("ft");
  }

  @Test
  void aSinglePairOrATieTellsNothing() {
    assertThat(CommonSource.of(List.of(link("a", "b", Relation.COPY, 0.9)))).isEmpty();
    assertThat(
            CommonSource.of(
                List.of(
                    link("a", "b", Relation.COPY, 0.9),
                    link("b", "c", Relation.COPY, 0.9),
                    link("c", "a", Relation.COPY, 0.9))))
        .isEmpty();
  }
}
