package io.newsdesk.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class StoryAffinityTest {

  final StoryRules rules = new StoryRules(4, 0.3);
  final TextOverlap little = new TextOverlap(10, 0.02);

  @Test
  void aCopyOfAMemberJoinsWhateverTheDistance() {
    var copy =
        new StoryAffinity(
            0.05,
            OptionalDouble.empty(),
            0,
            OptionalLong.of(30),
            OptionalInt.empty(),
            new TextOverlap(200, 0.8),
            false);

    assertThat(copy.joins(rules)).isTrue();
  }

  @Test
  void aWirePassageSharedWithOneMemberDoesNotBringAnotherEventIn() {
    TextOverlap passage = new TextOverlap(60, 0.3);
    var otherEvent =
        new StoryAffinity(
            0.15,
            OptionalDouble.of(0.62),
            0.1,
            OptionalLong.of(1),
            OptionalInt.empty(),
            passage,
            false);

    assertThat(passage.rewrite()).isTrue();
    assertThat(otherEvent.joins(rules)).isFalse();
  }

  @Test
  void aReportOfTheSameDayWithSimilarWordsMeaningAndEntitiesJoins() {
    assertThat(
            new StoryAffinity(
                    0.4,
                    OptionalDouble.of(0.85),
                    0.5,
                    OptionalLong.of(0),
                    OptionalInt.empty(),
                    little,
                    false)
                .joins(rules))
        .isTrue();
  }

  @Test
  void eachDayApartAsksForMoreUpToACeiling() {
    assertThat(
            new StoryAffinity(
                    0.3,
                    OptionalDouble.of(0.7),
                    0.3,
                    OptionalLong.of(0),
                    OptionalInt.empty(),
                    little,
                    false)
                .joins(rules))
        .isTrue();
    assertThat(
            new StoryAffinity(
                    0.3,
                    OptionalDouble.of(0.7),
                    0.3,
                    OptionalLong.of(3),
                    OptionalInt.empty(),
                    little,
                    false)
                .joins(rules))
        .as("three days later")
        .isFalse();
    assertThat(rules.needed(OptionalLong.of(2), OptionalInt.empty())).isEqualTo(0.5, within(1e-9));
    assertThat(rules.needed(OptionalLong.of(3), OptionalInt.empty()))
        .isEqualTo(StoryRules.MOST_NEEDED);
    assertThat(rules.needed(OptionalLong.of(60), OptionalInt.empty()))
        .isEqualTo(StoryRules.MOST_NEEDED);
    assertThat(new StoryRules(4, 0.7).needed(OptionalLong.of(0), OptionalInt.empty()))
        .as("the ceiling never lowers the evidence a report of the day needs")
        .isEqualTo(0.7);
  }

  @Test
  void beyondTheWindowOnlyAReportWhoseWordsTellTheEventJoins() {
    // A follow-up two months later that uses the event's words, and a look-alike event as far
    // apart with the same people and the same kind of headline but words of its own (the figures
    // of two killings in Beirut two months apart). Within the window, evidence alone decides.
    var followUp =
        new StoryAffinity(
            0.45,
            OptionalDouble.of(0.85),
            0.4,
            OptionalLong.of(60),
            OptionalInt.empty(),
            little,
            false);
    var lookAlike =
        new StoryAffinity(
            0.31,
            OptionalDouble.of(0.8),
            0.67,
            OptionalLong.of(59),
            OptionalInt.empty(),
            little,
            false);
    var asCloseWithinTheWindow =
        new StoryAffinity(
            0.31,
            OptionalDouble.of(0.8),
            0.67,
            OptionalLong.of(4),
            OptionalInt.empty(),
            little,
            false);

    assertThat(followUp.joins(rules)).isTrue();
    assertThat(lookAlike.evidence()).isGreaterThan(StoryRules.MOST_NEEDED);
    assertThat(lookAlike.joins(rules)).isFalse();
    assertThat(asCloseWithinTheWindow.joins(rules)).isTrue();
  }

  @Test
  void withoutDaysAnotherYearAsksForMoreHoweverManyYearsApart() {
    var sameYear =
        new StoryAffinity(
            0.45,
            OptionalDouble.empty(),
            0.2,
            OptionalLong.empty(),
            OptionalInt.of(0),
            little,
            false);
    var twoYears =
        new StoryAffinity(
            0.45,
            OptionalDouble.empty(),
            0.2,
            OptionalLong.empty(),
            OptionalInt.of(2),
            little,
            false);
    var tenYears =
        new StoryAffinity(
            0.55,
            OptionalDouble.empty(),
            0.2,
            OptionalLong.empty(),
            OptionalInt.of(10),
            little,
            false);

    assertThat(sameYear.joins(rules)).isTrue();
    assertThat(twoYears.joins(rules)).isFalse();
    assertThat(tenYears.joins(rules)).as("as two years").isTrue();
  }

  @Test
  void anUndatedReportYearsFromTheStoryJoinsOnlyOnItsWords() {
    // A crane falling in the same port eight years after another, its union quoted (the figures of
    // the crane reports of the look-alike test), and a report naming the year after the story's,
    // as reports of one event around New Year do.
    var yearsLater =
        new StoryAffinity(
            0.28,
            OptionalDouble.of(0.88),
            0.4,
            OptionalLong.empty(),
            OptionalInt.of(8),
            little,
            false);
    var nextYear =
        new StoryAffinity(
            0.28,
            OptionalDouble.of(0.88),
            0.4,
            OptionalLong.empty(),
            OptionalInt.of(1),
            little,
            false);

    assertThat(yearsLater.evidence())
        .isGreaterThan(rules.needed(OptionalLong.empty(), OptionalInt.of(8)));
    assertThat(yearsLater.joins(rules)).isFalse();
    assertThat(nextYear.joins(rules)).isTrue();
  }

  @Test
  void aReportThatRecallsTheStorysEventAsAnEarlierOneDoesNotJoinIt() {
    // The figures of the team's city strike report with the village strike's story a day earlier,
    // which its "came a day after" clause names.
    var recalling =
        new StoryAffinity(
            0.48,
            OptionalDouble.of(0.7),
            0.875,
            OptionalLong.of(0),
            OptionalInt.empty(),
            little,
            true);

    assertThat(recalling.evidence())
        .isGreaterThan(rules.needed(OptionalLong.of(0), OptionalInt.empty()));
    assertThat(recalling.joins(rules)).isFalse();
  }

  @Test
  void withoutADateOrAnEmbeddingTheWordsAndEntitiesDecide() {
    assertThat(
            new StoryAffinity(
                    0.25,
                    OptionalDouble.empty(),
                    0.2,
                    OptionalLong.empty(),
                    OptionalInt.empty(),
                    little,
                    false)
                .joins(rules))
        .isFalse();
    assertThat(
            new StoryAffinity(
                    0.3,
                    OptionalDouble.empty(),
                    0.2,
                    OptionalLong.empty(),
                    OptionalInt.empty(),
                    little,
                    false)
                .joins(rules))
        .isTrue();
  }
}
