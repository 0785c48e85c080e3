package io.newsdesk.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PeopleScoresTest {

  private final PeopleScores scores =
      PeopleScores.of(
          List.of(
              new PeopleScores.Case(
                  "a1",
                  new ArticlePeople(
                      List.of("Sergei Varnavin", "Helena Vorstrand"), List.of("Sergey Varnavin")),
                  List.of("Sergey Varnavin", "Helena Vorstrand", "Port Velsk")),
              new PeopleScores.Case(
                  "a2",
                  new ArticlePeople(List.of("Sergei Varnavin", "Radek Hruby"), List.of()),
                  List.of("Sergei Varnavin")),
              new PeopleScores.Case(
                  "a3", new ArticlePeople(List.of("Tove Lund"), List.of()), List.of("Lund")),
              new PeopleScores.Case(
                  "a4", new ArticlePeople(List.of("Per Lund"), List.of()), List.of("Lund"))));

  @Test
  void precisionCountsPortalNamesAndRecallGoldPeople() {
    // 6 portal names, "Port Velsk" wrong; 6 gold (article, person) pairs, Hruby missed in a2
    assertThat(scores.portalNames()).isEqualTo(6);
    assertThat(scores.rightNames()).isEqualTo(5);
    assertThat(scores.precision()).isEqualTo(5 / 6.0);
    assertThat(scores.goldPeople()).isEqualTo(6);
    assertThat(scores.recall()).isEqualTo(5 / 6.0);
    assertThat(scores.wrongNames()).isEqualTo(Map.of("Port Velsk", List.of("a1")));
    assertThat(scores.persons().get("Radek Hruby").missed()).containsExactly("a2");
  }

  @Test
  void eachArticleKeepsTheVerdictOnEachName() {
    assertThat(scores.articles().get("a1"))
        .isEqualTo(
            Map.of(
                "Sergey Varnavin", "Sergei Varnavin",
                "Helena Vorstrand", "Helena Vorstrand",
                "Port Velsk", "(wrong)"));
  }

  @Test
  void twoPortalNamesForOnePersonAreASplit() {
    assertThat(scores.splits()).containsExactly("Sergei Varnavin");
    assertThat(scores.persons().get("Sergei Varnavin").names())
        .isEqualTo(Map.of("Sergey Varnavin", 1, "Sergei Varnavin", 1));
  }

  @Test
  void onePortalNameForTwoPeopleIsAFalseMerge() {
    assertThat(scores.merges()).isEqualTo(Map.of("Lund", Set.of("Per Lund", "Tove Lund")));
  }
}
