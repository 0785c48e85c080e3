package io.newsdesk.saved;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * "Carry my saved searches to another browser": an owner makes a private link; the browser that
 * uses it receives the owner's saved searches and stars, which leave the owner that made it. A link
 * works once, for a day, and making a new one or revoking it kills the old one.
 */
@ApplicationScoped
public class CarryLinks {

  static final Duration LIFETIME = Duration.ofHours(24);

  private final DocumentStore<StoredCarryLink> store;
  private final SavedSearches searches;
  private final Stars stars;
  private final Clock clock;

  CarryLinks(SavedStore stores, SavedSearches searches, Stars stars) {
    this.store = stores.carryLinks();
    this.searches = searches;
    this.stars = stars;
    this.clock = Clock.systemUTC();
  }

  /** Makes the owner's link, replacing any earlier one. */
  public CarryLink create(Owner owner) {
    String token = SecretTokens.secret();
    Instant now = now();
    StoredCarryLink link =
        new StoredCarryLink(owner.key(), SecretTokens.sha256(token), now, now.plus(LIFETIME));
    Optional<Versioned<StoredCarryLink>> previous = store.get(owner.key());
    try {
      if (previous.isEmpty()) {
        if (!store.create(owner.key(), link)) {
          throw new EditConflictException("A carry link was made in another tab just now.");
        }
      } else {
        store.replace(previous.get(), link);
      }
    } catch (VersionConflict e) {
      throw new EditConflictException("A carry link was made in another tab just now.");
    }
    return new CarryLink(token, link.expires());
  }

  /** When the owner's live link expires, if there is one. */
  public Optional<Instant> liveUntil(Owner owner) {
    return store
        .get(owner.key())
        .map(Versioned::document)
        .map(StoredCarryLink::expires)
        .filter(expires -> expires.isAfter(now()));
  }

  public void revoke(Owner owner) {
    store
        .get(owner.key())
        .ifPresent(
            link -> {
              try {
                store.delete(link);
              } catch (VersionConflict replaced) {
                // Replaced or used meanwhile; either way this one is gone.
              }
            });
  }

  /**
   * Checks that the token is a link that can still be used; looking does not use it.
   *
   * @throws SavedItemNotFoundException when it cannot
   */
  public void requireLive(String token) {
    live(token).orElseThrow(CarryLinks::gone);
  }

  /**
   * Uses the link: moves its owner's saved searches and stars to {@code receiver}. Used in the
   * browser that made it, it changes nothing and stays live.
   *
   * @throws SavedItemNotFoundException when the link is unknown, used, revoked or expired
   */
  public Carried carry(String token, Owner receiver) {
    Versioned<StoredCarryLink> link = live(token).orElseThrow(CarryLinks::gone);
    String from = link.document().owner();
    if (from.equals(receiver.key())) {
      return new Carried(0, 0);
    }
    try {
      store.delete(link);
    } catch (VersionConflict usedMeanwhile) {
      throw gone();
    }
    return new Carried(searches.move(from, receiver.key()), stars.move(from, receiver.key()));
  }

  private Optional<Versioned<StoredCarryLink>> live(String token) {
    if (!SecretTokens.isSecret(token)) {
      return Optional.empty();
    }
    return store.find(Filter.where("token_hash", SecretTokens.sha256(token))).stream()
        .filter(link -> link.document().expires().isAfter(now()))
        .findFirst();
  }

  private static SavedItemNotFoundException gone() {
    return new SavedItemNotFoundException(
        "This carry link does not work: it was used already, replaced, revoked or is more than a"
            + " day old. Make a new one on the Saved page of the browser that has your searches.");
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
