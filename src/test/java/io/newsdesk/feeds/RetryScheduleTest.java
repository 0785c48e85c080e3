package io.newsdesk.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  private static final Instant NOW = Instant.parse("2025-03-04T10:00:00Z");
  private final RetrySchedule schedule =
      new RetrySchedule(Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(6));

  @Test
  void theWaitDoublesWithEachFailureUpToTheMaximum() {
    assertThat(schedule.afterFailure(NOW, 1)).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
    assertThat(schedule.afterFailure(NOW, 2)).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
    assertThat(schedule.afterFailure(NOW, 5)).isEqualTo(NOW.plus(Duration.ofMinutes(16)));
    assertThat(schedule.afterFailure(NOW, 10)).isEqualTo(NOW.plus(Duration.ofHours(6)));
    assertThat(schedule.afterFailure(NOW, 1000)).isEqualTo(NOW.plus(Duration.ofHours(6)));
  }

  @Test
  void anAnswerBringsTheNextPollOneIntervalLater() {
    assertThat(schedule.afterSuccess(NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
  }
}
