package io.newsdesk.saved;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoredAlertTest {

  private static final Instant SUBSCRIBED = Instant.parse("2025-03-01T08:00:00Z");

  private static StoredAlert alert(String frequency) {
    return new StoredAlert(
        "s1",
        "o",
        "a@example.org",
        "a@example.org",
        frequency,
        SUBSCRIBED,
        null,
        null,
        null,
        "u",
        SUBSCRIBED,
        null,
        0,
        SUBSCRIBED,
        null);
  }

  @Test
  void aRefusedMailIsRetriedAfterAWaitThatDoublesUpToTheLimit() {
    Instant now = Instant.parse("2025-03-02T00:00:00Z");
    StoredAlert alert = alert("daily");
    Duration first = Duration.ofMinutes(1);
    Duration max = Duration.ofMinutes(5);
    alert = alert.failed(now, first, max);
    assertThat(alert.nextDue()).isEqualTo(now.plus(Duration.ofMinutes(1)));
    alert = alert.failed(now, first, max);
    assertThat(alert.nextDue()).isEqualTo(now.plus(Duration.ofMinutes(2)));
    alert = alert.failed(now, first, max);
    assertThat(alert.nextDue()).isEqualTo(now.plus(Duration.ofMinutes(4)));
    alert = alert.failed(now, first, max);
    assertThat(alert.nextDue()).isEqualTo(now.plus(max));
    assertThat(alert.attempts()).isEqualTo(4);
  }

  @Test
  void aDailyAlertIsFirstDueADayAfterItWasSetAndAnImmediateOneAtOnce() {
    Instant confirmed = SUBSCRIBED.plus(Duration.ofHours(2));
    assertThat(alert("daily").confirmedAt(confirmed).nextDue())
        .isEqualTo(SUBSCRIBED.plus(Duration.ofDays(1)));
    assertThat(alert("weekly").confirmedAt(confirmed).nextDue())
        .isEqualTo(SUBSCRIBED.plus(Duration.ofDays(7)));
    assertThat(alert("immediate").confirmedAt(confirmed).nextDue()).isEqualTo(SUBSCRIBED);
  }

  @Test
  void aDigestSentMovesTheNextOneAnIntervalOnAndClearsIt() {
    Instant sent = Instant.parse("2025-03-05T09:00:00Z");
    StoredAlert done =
        alert("weekly")
            .confirmedAt(SUBSCRIBED)
            .withPending(new PendingDigest(sent, java.util.List.of("x")))
            .caughtUp(sent, sent);
    assertThat(done.pending()).isNull();
    assertThat(done.since()).isEqualTo(sent);
    assertThat(done.lastDigest()).isEqualTo(sent);
    assertThat(done.nextDue()).isEqualTo(sent.plus(Duration.ofDays(7)));
  }
}
