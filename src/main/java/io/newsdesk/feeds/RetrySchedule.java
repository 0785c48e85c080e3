package io.newsdesk.feeds;

import java.time.Duration;
import java.time.Instant;

/**
 * When a feed is polled next: one interval after an answer; after failures, a wait that starts at
 * {@code firstRetry} and doubles with each failure in a row, up to {@code maxRetry}.
 */
record RetrySchedule(Duration interval, Duration firstRetry, Duration maxRetry) {

  Instant afterSuccess(Instant now) {
    return now.plus(interval);
  }

  Instant afterFailure(Instant now, int failuresInARow) {
    Duration wait = firstRetry.multipliedBy(1L << Math.min(failuresInARow - 1, 30));
    return now.plus(wait.compareTo(maxRetry) > 0 || wait.isNegative() ? maxRetry : wait);
  }
}
