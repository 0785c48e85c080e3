package io.newsdesk.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventDayTest {

  final Optional<LocalDate> friday = Optional.of(LocalDate.of(2025, 3, 7));

  @Test
  void aWeekdayInTheLeadIsTheLatestSuchDayUpToPublication() {
    assertThat(EventDay.of(friday, "Silo fire", "A grain store burned on Thursday evening."))
        .hasValue(LocalDate.of(2025, 3, 6));
    assertThat(EventDay.of(friday, "Silo fire", "A grain store burned on Friday."))
        .hasValue(LocalDate.of(2025, 3, 7));
    assertThat(EventDay.of(friday, "Silo fire", "A grain store burned yesterday."))
        .hasValue(LocalDate.of(2025, 3, 6));
  }

  @Test
  void aDateWithoutAYearIsTheNearestBeforePublication() {
    assertThat(EventDay.of(friday, "Depot fire", "The depot burned on 3 March, officials said."))
        .hasValue(LocalDate.of(2025, 3, 3));
    assertThat(
            EventDay.of(
                Optional.of(LocalDate.of(2025, 1, 2)), "Review", "The vote of December 30 ..."))
        .hasValue(LocalDate.of(2024, 12, 30));
  }

  @Test
  void withoutADateOnlyAFullDateInTheTextTells() {
    assertThat(EventDay.of(Optional.empty(), "Depot fire", "It burned on Thursday.")).isEmpty();
    assertThat(EventDay.of(Optional.empty(), "Depot fire", "It burned on 3 March.")).isEmpty();
    assertThat(EventDay.of(Optional.empty(), "Depot fire", "It burned on March 3, 2025."))
        .hasValue(LocalDate.of(2025, 3, 3));
  }

  @Test
  void withoutAnyMarkTheDayIsThePublicationDate() {
    assertThat(EventDay.of(friday, "Depot fire", "The depot burned.")).isEqualTo(friday);
  }
}
