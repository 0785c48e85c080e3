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
    Instant due = confirmed == null || pending != null ? nextDue : digestDue(wanted);
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
    return new StoredAlert(
        savedSearch,
        owner,
        email,
        emailKey,
        frequency,
        subscribed,
        now,
        null,
        confirmationSent,
        unsubscribeToken,
        since,
        lastDigest,
        0,
        now,
        null);
  }

  StoredAlert confirmationToken(String tokenHash) {
    return new StoredAlert(
        savedSearch,
        owner,
        email,
        emailKey,
        frequency,
        subscribed,
        confirmed,
        tokenHash,
        confirmationSent,
        unsubscribeToken,
        since,
        lastDigest,
        attempts,
        nextDue,
        pending);
  }

  StoredAlert confirmationSentAt(Instant now) {
    return new StoredAlert(
        savedSearch,
        owner,
        email,
        emailKey,
        frequency,
        subscribed,
        confirmed,
        confirmTokenHash,
        now,
        unsubscribeToken,
        since,
        lastDigest,
        0,
        null,
        pending);
  }

  StoredAlert dueAt(Instant due) {
    return new StoredAlert(
        savedSearch,
        owner,
        email,
        emailKey,
        frequency,
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

  /** A mail the server did not take: try again after a wait that doubles each time. */
  StoredAlert failed(Instant now, Duration firstRetry, Duration maxRetry) {
    int failures = attempts + 1;
    Duration wait = firstRetry.multipliedBy(1L << Math.min(failures - 1, 30));
    Duration capped = wait.compareTo(maxRetry) > 0 || wait.isNegative() ? maxRetry : wait;
    return new StoredAlert(
        savedSearch,
        owner,
        email,
        emailKey,
        frequency,
        subscribed,
        confirmed,
        confirmTokenHash,
        confirmationSent,
        unsubscribeToken,
        since,
        lastDigest,
        failures,
        now.plus(capped),
        pending);
  }

  StoredAlert withPending(PendingDigest digest) {
    return new StoredAlert(
        savedSearch,
        owner,
        email,
        emailKey,
        frequency,
        subscribed,
        confirmed,
        confirmTokenHash,
        confirmationSent,
        unsubscribeToken,
        since,
        lastDigest,
        0,
        nextDue,
        digest);
  }

  /** Everything that arrived up to {@code upTo} was handled: mailed, or nothing was new. */
  StoredAlert caughtUp(Instant upTo, Instant mailedAt) {
    Instant last = mailedAt == null ? lastDigest : mailedAt;
    StoredAlert done =
        new StoredAlert(
            savedSearch,
            owner,
            email,
            emailKey,
            frequency,
            subscribed,
            confirmed,
            confirmTokenHash,
            confirmationSent,
            unsubscribeToken,
            upTo,
            last,
            0,
            null,
            null);
    return done.dueAt(
        mailedAt == null && frequencyValue() != AlertFrequency.IMMEDIATE
            ? upTo.plus(frequencyValue().interval())
            : done.digestDue(frequencyValue()));
  }
}
