package io.newsdesk.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageComparisonTest {

  static final String SHARED =
      "The Calla Rose ran aground on Gannet Reef shortly after midnight with 186 passengers on board.";

  final List<CoverageComparison.OutletText> outlets =
      List.of(
          new CoverageComparison.OutletText(
              "Harbour Courier",
              SHARED
                  + " “Conditions were about as difficult as they get for a transfer at sea,” said"
                  + " Johanna Pedersen-Lind. Skerrin Lines apologised. Skerrin Lines will pay."),
          new CoverageComparison.OutletText(
              "Coastline Today",
              "Rescue at sea. "
                  + SHARED
                  + " “Conditions were about as difficult as they get for a transfer,” a coastguard"
                  + " officer said. Divers inspected the hull; the divers found a crack."),
          new CoverageComparison.OutletText(
              "Radio", "Everyone is accounted for, the coastguard said on Monday."));

  @Test
  void eachOutletSharesItsCommonPassagesWithTheOthers() {
    var findings = CoverageComparison.compare(outlets);

    var shared = findings.get("Harbour Courier").shared();
    assertThat(shared).hasSize(1);
    assertThat(shared.get(0).outlet()).isEqualTo("Coastline Today");
    assertThat(shared.get(0).passages().get(0)).startsWith("The Calla Rose ran aground");
    assertThat(findings.get("Radio").shared()).isEmpty();
  }

  @Test
  void quotesCarriedElsewhereAreNotOwnQuotes() {
    var findings = CoverageComparison.compare(outlets);

    assertThat(findings.get("Harbour Courier").ownQuotes()).isEmpty();
    assertThat(
            CoverageComparison.compare(
                    List.of(
                        new CoverageComparison.OutletText(
                            "A", "“We will be open about what happened here,” he said."),
                        new CoverageComparison.OutletText(
                            "B", "Nobody commented on the grounding.")))
                .get("A")
                .ownQuotes())
        .containsExactly("We will be open about what happened here,");
  }

  @Test
  void distinctiveTermsAreWordsNoOtherOutletUsedMostUsedFirst() {
    var findings = CoverageComparison.compare(outlets);

    List<String> terms = findings.get("Harbour Courier").distinctiveTerms();
    assertThat(terms.subList(0, 2)).containsExactlyInAnyOrder("Skerrin", "Lines");
    assertThat(terms)
        .as("a name used once counts, a common word used once does not")
        .contains("Johanna")
        .doesNotContain("apologised", "Calla", "said", "the");
    assertThat(findings.get("Coastline Today").distinctiveTerms())
        .contains("divers")
        .doesNotContain("hull", "Rescue");
  }

  @Test
  void aSingleOutletHasNothingToCompare() {
    var findings = CoverageComparison.compare(List.of(outlets.get(0)));

    assertThat(findings.get("Harbour Courier").distinctiveTerms()).isEmpty();
    assertThat(findings.get("Harbour Courier").shared()).isEmpty();
  }
}
