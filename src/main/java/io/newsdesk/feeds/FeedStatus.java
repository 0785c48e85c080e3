package io.newsdesk.feeds;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Locale;

/**
 * How a configured feed fares.
 *
 * @param lastPoll when it was last polled; null before the first poll
 * @param nextAttempt when it is polled next
 * @param failures failures in a row; 0 once it answers again
 * @param error why the last poll failed, or which linked pages could not be fetched; null if none
 * @param newItems items the last answer held that had not been seen before
 * @param indexed of those, the articles indexed for the first time
 * @param updated articles whose text changed
 * @param unchanged articles already indexed as they are
 * @param rejected items that gave no article, each logged with its reason
 */
public record FeedStatus(
    String url,
    State state,
    Instant lastPoll,
    Instant nextAttempt,
    int failures,
    String error,
    int newItems,
    int indexed,
    int updated,
    int unchanged,
    int rejected) {

  /** Where the feed stands after its last poll. */
  public enum State {
    /** Not polled yet. */
    PENDING,
    /** Answered, and its new items were ingested. */
    OK,
    /** Answered 304: nothing changed since the last poll. */
    NOT_MODIFIED,
    /** The last poll failed; it is retried with a growing wait. */
    FAILING;

    @JsonValue
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
