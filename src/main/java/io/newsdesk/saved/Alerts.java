package io.newsdesk.saved;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Email alerts on saved searches: an owner sets one per saved search; the address is confirmed
 * through a mailed link first; anyone holding a mail's unsubscribe link can stop it. Digests are
 * {@link AlertDigests}' work.
 */
@ApplicationScoped
public class Alerts {

  static final int MAX_EMAIL = 254;

  private static final Pattern EMAIL =
      Pattern.compile(
          "[^@\\s\\p{Cntrl},;<>\"()]+@[^@\\s\\p{Cntrl},;<>\"().]+(\\.[^@\\s\\p{Cntrl},;<>\"().]+)+");

  private final DocumentStore<StoredAlert> store;
  private final SavedSearches savedSearches;
  private final AlertConfirmations confirmations;
  private final AlertLinks links;
  private final Clock clock;

  Alerts(
      SavedStore stores,
      SavedSearches savedSearches,
      AlertConfirmations confirmations,
      AlertLinks links) {
    this.store = stores.alerts();
    this.savedSearches = savedSearches;
    this.confirmations = confirmations;
    this.links = links;
    this.clock = Clock.systemUTC();
  }

  /** Whether alerts can be set here: the portal knows the address its links are built on. */
  public boolean offered() {
    return links.offered();
  }

  /**
   * Sets the alert of one of the owner's saved searches. A new address gets a confirmation mail
   * (unless this owner confirmed it already); {@code off} removes the alert.
   *
   * @throws AlertsNotOfferedException when {@code newsdesk.public-url} is not set
   * @throws SavedItemNotFoundException when the owner has no such saved search
   * @throws InvalidAlertException when the address or the frequency cannot be used
   */
  public Alert set(Owner owner, String savedSearchId, String email, String frequency) {
    if (!offered()) {
      throw new AlertsNotOfferedException();
    }
    SavedSearch search = savedSearches.get(owner, savedSearchId);
    AlertFrequency wanted =
        AlertFrequency.fromParameter(frequency == null ? "" : frequency.strip())
            .orElseThrow(
                () ->
                    new InvalidAlertException(
                        "frequency", "frequency must be immediate, daily, weekly or off"));
    Optional<Versioned<StoredAlert>> existing = store.get(search.id());
    if (wanted == AlertFrequency.OFF) {
      existing.ifPresent(this::remove);
      return Alert.off(search.id());
    }
    String address = checkedEmail(email);
    Instant now = now();
    try {
      if (existing.isPresent()
          && existing.get().document().emailKey().equals(StoredAlert.keyOf(address))) {
        store.replace(existing.get(), existing.get().document().withFrequency(wanted));
        return Alert.of(store.get(search.id()).orElseThrow().document());
      }
      boolean known = confirmedBefore(owner, StoredAlert.keyOf(address));
      StoredAlert alert =
          new StoredAlert(
              search.id(),
              owner.key(),
              address,
              StoredAlert.keyOf(address),
              wanted.parameter(),
              now,
              known ? now : null,
              null,
              null,
              SecretTokens.secret(),
              now,
              null,
              0,
              now,
              null);
      store.put(search.id(), alert);
      Versioned<StoredAlert> stored = store.get(search.id()).orElseThrow();
      if (!known) {
        confirmations.send(stored, search.name(), now);
      }
    } catch (VersionConflict e) {
      throw new EditConflictException(
          "This alert was changed in another tab or browser just now. Look at it again.");
    }
    return Alert.of(store.get(search.id()).orElseThrow().document());
  }

  /** The owner's alerts, by saved search id. */
  public Map<String, Alert> forOwner(Owner owner) {
    return store.find(Filter.where("owner", owner.key())).stream()
        .collect(Collectors.toMap(Versioned::id, v -> Alert.of(v.document())));
  }

  /** The name of the saved search a confirmation link is for; empty for a dead link. */
  public Optional<String> confirmationFor(String token) {
    return byConfirmToken(token).flatMap(this::searchName);
  }

  /**
   * Confirms the address of the alert the link is for.
   *
   * @throws SavedItemNotFoundException for a link that does not work (any more)
   */
  public String confirm(String token) {
    Versioned<StoredAlert> alert = byConfirmToken(token).orElseThrow(Alerts::deadLink);
    String name = searchName(alert).orElseThrow(Alerts::deadLink);
    try {
      store.replace(alert, alert.document().confirmedAt(now()));
    } catch (VersionConflict e) {
      throw new EditConflictException("This alert changed just now. Open the link again.");
    }
    return name;
  }

  /** The name of the saved search an unsubscribe link stops mailing; empty for a dead link. */
  public Optional<String> unsubscriptionFor(String token) {
    return byUnsubscribeToken(token).flatMap(this::searchName);
  }

  /** Stops the alert the link is for; a link already used changes nothing. */
  public void unsubscribe(String token) {
    byUnsubscribeToken(token).ifPresent(this::remove);
  }

  private void remove(Versioned<StoredAlert> alert) {
    try {
      store.delete(alert);
    } catch (VersionConflict changed) {
      store.get(alert.id()).ifPresent(this::remove);
    }
  }

  private Optional<String> searchName(Versioned<StoredAlert> alert) {
    return savedSearches.stored(alert.id()).map(StoredSearch::name);
  }

  private boolean confirmedBefore(Owner owner, String emailKey) {
    Filter mine =
        Filter.where("owner", owner.key()).and("email_key", emailKey).andPresent("confirmed");
    return !store.find(mine).isEmpty();
  }

  private Optional<Versioned<StoredAlert>> byConfirmToken(String token) {
    if (!SecretTokens.isSecret(token)) {
      return Optional.empty();
    }
    return store.find(Filter.where("confirm_token_hash", SecretTokens.sha256(token))).stream()
        .findFirst();
  }

  private Optional<Versioned<StoredAlert>> byUnsubscribeToken(String token) {
    if (!SecretTokens.isSecret(token)) {
      return Optional.empty();
    }
    return store.find(Filter.where("unsubscribe_token", token)).stream().findFirst();
  }

  private static String checkedEmail(String email) {
    String address = email == null ? "" : email.strip();
    if (address.length() > MAX_EMAIL || !EMAIL.matcher(address).matches()) {
      throw new InvalidAlertException("email", "email must be an address like name@example.org");
    }
    return address;
  }

  private static SavedItemNotFoundException deadLink() {
    return new SavedItemNotFoundException(
        "This link does not work: the alert was removed or changed, or the link was mistyped.");
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
