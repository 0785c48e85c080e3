package io.newsdesk.saved;

import io.newsdesk.NewsdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Confirmation mails: the only mail an unconfirmed address gets, and no more than one an hour to
 * any one address, however many alerts ask for it.
 */
@ApplicationScoped
class AlertConfirmations {

  static final Duration MIN_GAP = Duration.ofHours(1);

  /** What became of a confirmation that was due. */
  enum Outcome {
    SENT,
    POSTPONED,
    FAILED
  }

  private final DocumentStore<StoredAlert> store;
  private final AlertMails mails;
  private final AlertLinks links;
  private final NewsdeskConfig.Alerts settings;

  AlertConfirmations(SavedStore stores, AlertMails mails, AlertLinks links, NewsdeskConfig config) {
    this.store = stores.alerts();
    this.mails = mails;
    this.links = links;
    this.settings = config.alerts();
  }

  /**
   * Sends the alert's confirmation, or postpones it to an hour after the last one to that address.
   */
  Outcome send(Versioned<StoredAlert> alert, String searchName, Instant now)
      throws VersionConflict {
    StoredAlert current = alert.document();
    Optional<Instant> last = lastSentTo(current.emailKey());
    if (last.isPresent() && last.get().plus(MIN_GAP).isAfter(now)) {
      store.replace(alert, current.dueAt(last.get().plus(MIN_GAP)));
      return Outcome.POSTPONED;
    }
    String token = SecretTokens.secret();
    // The link must work as soon as the mail arrives: its token is stored before sending.
    StoredAlert withToken = current.confirmationToken(SecretTokens.sha256(token));
    store.replace(alert, withToken);
    Versioned<StoredAlert> stored = store.get(alert.id()).orElseThrow(() -> gone(alert.id()));
    try {
      mails.confirmation(
          current.email(),
          searchName,
          links.confirm(token),
          links.unsubscribe(current.unsubscribeToken()));
    } catch (AlertMails.NotSent e) {
      store.replace(stored, withToken.failed(now, settings.firstRetry(), settings.maxRetry()));
      return Outcome.FAILED;
    }
    store.replace(stored, withToken.confirmationSentAt(now));
    return Outcome.SENT;
  }

  private Optional<Instant> lastSentTo(String emailKey) {
    return store.find(Filter.where("email_key", emailKey)).stream()
        .map(v -> v.document().confirmationSent())
        .filter(sent -> sent != null)
        .max(Instant::compareTo);
  }

  private static VersionConflict gone(String id) {
    return new VersionConflict(id, null);
  }
}
