package io.newsdesk.saved;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A saved search's alert as the {@code alerts} index holds it, under the saved search's id.
 *
 * @param emailKey the address in lower case, to limit confirmations per address
 * @param confirmed null until the address is confirmed
 * @param confirmTokenHash a hash of the token in the last confirmation link
 * @param since matches that arrived after this are the next digest's (at first: when subscribed)
 * @param attempts failed attempts in a row at the mail now due
 * @param nextDue when the alert next has something to do; null while it waits for a confirmation
 * @param pending a digest not yet taken by the mail server, or null
 */
record StoredAlert(
    String savedSearch,
    String owner,
    String email,
    String emailKey,
    String frequency,
    Instant subscribed,
    Instant confirmed,
    String confirmTokenHash,
    Instant confirmationSent,
    String unsubscribeToken,
    Instant since,
    Instant lastDigest,
    int attempts,
    Instant nextDue,
    PendingDigest pending) {

  static String keyOf(String email) {
    return email.toLowerCase(Locale.ROOT);
  }

  AlertFrequency frequencyValue() {
    return AlertFrequency.fromParameter(frequency).orElse(AlertFrequency.OFF);
  }

  /** When the next digest is due once confirmed: now for immediate, else an interval after. */
  Instant digestDue(AlertFrequency wanted) {
    return (lastDigest == null ? since : lastDigest).plus(wanted.interval());
  }

  StoredAlert withFrequency(AlertFrequency wanted) {
    return withFrequency(
        wanted, confirmed == null || pending != null ? nextDue : digestDue(wanted));
  }

  private StoredAlert withFrequency(AlertFrequency wanted, Instant due) {
    return new StoredAlert(
        savedSearch,
        owner,
        email,
        emailKey,
        wanted.parameter(),
        subscribed,
        confirmed,
        confirmTokenHash,
        confirmationSent,
        unsubscribeToken,
        since,
        lastDigest,
        attempts,
        due,
        pending);
  }

  StoredAlert confirmedAt(Instant now) {
    StoredAlert confirmedNow = changed(now, null, confirmationSent, since, lastDigest, 0, null);
    return confirmedNow.dueAt(confirmedNow.digestDue(frequencyValue()));
  }

  StoredAlert confirmationToken(String tokenHash) {
    return changed(confirmed, tokenHash, confirmationSent, since, lastDigest, attempts, pending)
        .dueAt(nextDue);
  }

  StoredAlert confirmationSentAt(Instant now) {
    return changed(confirmed, confirmTokenHash, now, since, lastDigest, 0, pending);
  }

  StoredAlert dueAt(Instant due) {
    return withFrequency(frequencyValue(), due);
  }

  /** A mail the server did not take: try again after a wait that doubles each time. */
  StoredAlert failed(Instant now, Duration firstRetry, Duration maxRetry) {
    int failures = attempts + 1;
    Duration wait = firstRetry.multipliedBy(1L << Math.min(failures - 1, 30));
    Duration capped = wait.compareTo(maxRetry) > 0 || wait.isNegative() ? maxRetry : wait;
    return changed(
            confirmed, confirmTokenHash, confirmationSent, since, lastDigest, failures, pending)
        .dueAt(now.plus(capped));
  }

  StoredAlert withPending(PendingDigest digest) {
    return changed(confirmed, confirmTokenHash, confirmationSent, since, lastDigest, 0, digest)
        .dueAt(nextDue);
  }

  /** Everything that arrived up to {@code upTo} was handled: mailed, or nothing was new. */
  StoredAlert caughtUp(Instant upTo, Instant mailedAt) {
    Instant last = mailedAt == null ? lastDigest : mailedAt;
    StoredAlert done = changed(confirmed, confirmTokenHash, confirmationSent, upTo, last, 0, null);
    return done.dueAt(
        mailedAt == null && frequencyValue() != AlertFrequency.IMMEDIATE
            ? upTo.plus(frequencyValue().interval())
            : done.digestDue(frequencyValue()));
  }

  /** The same alert with its mail state changed; not yet due (callers say when). */
  private StoredAlert changed(
      Instant newConfirmed,
      String newTokenHash,
      Instant newConfirmationSent,
      Instant newSince,
      Instant newLastDigest,
      int newAttempts,
      PendingDigest newPending) {
    return new StoredAlert(
        savedSearch,
        owner,
        email,
        emailKey,
        frequency,
        subscribed,
        newConfirmed,
        newTokenHash,
        newConfirmationSent,
        unsubscribeToken,
        newSince,
        newLastDigest,
        newAttempts,
        null,
        newPending);
  }
}
