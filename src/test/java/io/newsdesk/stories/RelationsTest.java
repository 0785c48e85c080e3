package io.newsdesk.stories;

import static io.newsdesk.stories.Members.link;
import static io.newsdesk.stories.Members.member;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelationsTest {

  @Test
  void theEarlierOfARewrittenPairIsTheOriginal() {
    var roles =
        Relations.of(
            List.of(
                member("courier", "Harbour Courier", "2025-03-03"),
                member("coast", null, "2025-03-04")),
            List.of(link("coast", "courier", Relation.REWRITE, 0.45)));

    assertThat(roles.get("courier").relation()).isEqualTo(Relation.ORIGINAL);
    assertThat(roles.get("courier").similarity()).isEqualTo(0.45);
    assertThat(roles.get("coast"))
        .isEqualTo(Relations.Role.derived(Relation.REWRITE, "courier", 0.45));
  }

  @Test
  void theLinkDirectionDoesNotMatterOnlyTheDates() {
    var roles =
        Relations.of(
            List.of(member("late", "B", "2025-03-05"), member("early", "A", "2025-03-01")),
            List.of(link("early", "late", Relation.COPY, 0.9)));

    assertThat(roles.get("late").relative()).hasValue("early");
    assertThat(roles.get("early").relation()).isEqualTo(Relation.ORIGINAL);
  }

  @Test
  void onTheSameDayTheOutletTheOtherCreditsIsTheOriginal() {
    var roles =
        Relations.of(
            List.of(
                member("ledger", "The Lanford Ledger", "2025-03-10", "Meridian Wire", List.of()),
                member("wire", "Meridian Wire", "2025-03-10", "Meridian Wire", List.of())),
            List.of(link("ledger", "wire", Relation.COPY, 0.78)));

    assertThat(roles.get("ledger")).isEqualTo(Relations.Role.derived(Relation.COPY, "wire", 0.78));
    assertThat(roles.get("wire").relation()).isEqualTo(Relation.ORIGINAL);
  }

  @Test
  void withoutDatesOrCreditsBothAreMarkedWithoutDirection() {
    var roles =
        Relations.of(
            List.of(member("ft", "Financial Times", "2025-02-25"), member("web", null, null)),
            List.of(link("web", "ft", Relation.REWRITE, 0.19)));

    assertThat(roles.get("ft")).isEqualTo(Relations.Role.undirected(Relation.REWRITE, "web", 0.19));
    assertThat(roles.get("web")).isEqualTo(Relations.Role.undirected(Relation.REWRITE, "ft", 0.19));
  }

  @Test
  void whenDatesCannotTellTheTextTwoOthersEachTookFromIsTheirSource() {
    var roles =
        Relations.of(
            List.of(
                member("paper", "Harbour Courier", "2025-02-25"),
                member("blog", null, null),
                member("digest", "Coast Digest", null)),
            // Shares are of the shorter text of each pair: the words shared tell, not the shares.
            List.of(
                link("blog", "paper", Relation.REWRITE, 0.19, 156),
                link("digest", "paper", Relation.REWRITE, 0.24, 111),
                link("blog", "digest", Relation.REWRITE, 0.19, 89)));

    assertThat(roles.get("paper").relation()).isEqualTo(Relation.ORIGINAL);
    assertThat(roles.get("blog"))
        .isEqualTo(Relations.Role.derived(Relation.REWRITE, "paper", 0.19));
    assertThat(roles.get("digest"))
        .isEqualTo(Relations.Role.derived(Relation.REWRITE, "paper", 0.24));
  }

  @Test
  void threeTextsSharingAlikeHaveNoKnownSource() {
    var roles =
        Relations.of(
            List.of(member("a", "A", null), member("b", "B", null), member("c", "C", null)),
            List.of(
                link("a", "b", Relation.COPY, 0.8),
                link("b", "c", Relation.COPY, 0.8),
                link("a", "c", Relation.COPY, 0.8)));

    assertThat(roles.values()).allSatisfy(role -> assertThat(role.directionKnown()).isFalse());
  }

  @Test
  void aCopyOutranksARewriteAndOthersAreCoverage() {
    var roles =
        Relations.of(
            List.of(
                member("a", "A", "2025-03-01"),
                member("b", "B", "2025-03-02"),
                member("c", "C", "2025-03-03"),
                member("d", "D", "2025-03-03")),
            List.of(link("c", "a", Relation.REWRITE, 0.3), link("c", "b", Relation.COPY, 0.7)));

    assertThat(roles.get("c").relation()).isEqualTo(Relation.COPY);
    assertThat(roles.get("c").relative()).hasValue("b");
    assertThat(roles.get("d")).isEqualTo(Relations.Role.alone(Relation.COVERAGE, 0.3));
  }
}
