package io.newsdesk.saved;

import java.time.Instant;
import java.util.Optional;

/**
 * A saved search's email alert, as its owner sees it.
 *
 * @param email empty when the alert is off
 * @param confirmed whether the address was confirmed; nothing but the confirmation goes to it
 *     before
 * @param confirmationSent when the confirmation mail last went out, if it has
 */
public record Alert(
    String savedSearchId,
    Optional<String> email,
    AlertFrequency frequency,
    boolean confirmed,
    Optional<Instant> confirmationSent) {

  public static Alert off(String savedSearchId) {
    return new Alert(savedSearchId, Optional.empty(), AlertFrequency.OFF, false, Optional.empty());
  }

  static Alert of(StoredAlert stored) {
    return new Alert(
        stored.savedSearch(),
        Optional.of(stored.email()),
        stored.frequencyValue(),
        stored.confirmed() != null,
        Optional.ofNullable(stored.confirmationSent()));
  }

  public boolean isOn() {
    return frequency != AlertFrequency.OFF;
  }
}
