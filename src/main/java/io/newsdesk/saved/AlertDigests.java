package io.newsdesk.saved;

import io.newsdesk.NewsdeskConfig;
import io.newsdesk.search.NewMatches;
import io.newsdesk.search.SearchQuery;
import io.newsdesk.search.SearchResults.SearchHit;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Sends what alerts have due: confirmations, and digests of the matches that arrived since the last
 * one. A digest is stored before it is mailed and its articles are marked as sent once the server
 * took it, so a server that is down or refuses gets the same digest again later (after a wait that
 * doubles), a restart loses nothing, and no article is listed twice.
 */
@ApplicationScoped
public class AlertDigests {

  /**
   * Each run looks this far back before the last one: an article stamped just before a run may
   * become searchable just after it. What was mailed already is skipped.
   */
  static final Duration OVERLAP = Duration.ofMinutes(1);

  /** New matches one digest covers at most; the rest wait for the next. */
  static final int MAX_NEW = 1000;

  /** What one run did. */
  public record Run(int confirmations, int digests, int failed) {}

  private enum Outcome {
    NOTHING,
    CONFIRMATION,
    DIGEST,
    FAILED
  }

  private final DocumentStore<StoredAlert> store;
  private final DocumentStore<StoredDelivery> deliveries;
  private final SavedSearches savedSearches;
  private final AlertConfirmations confirmations;
  private final AlertMails mails;
  private final AlertLinks links;
  private final NewMatches newMatches;
  private final NewsdeskConfig.Alerts settings;

  AlertDigests(
      SavedStore stores,
      SavedSearches savedSearches,
      AlertConfirmations confirmations,
      AlertMails mails,
      AlertLinks links,
      NewMatches newMatches,
      NewsdeskConfig config) {
    this.store = stores.alerts();
    this.deliveries = stores.deliveries();
    this.savedSearches = savedSearches;
    this.confirmations = confirmations;
    this.mails = mails;
    this.links = links;
    this.newMatches = newMatches;
    this.settings = config.alerts();
  }

  /** Sends every confirmation and digest due at {@code now}, the longest waiting first. */
  public synchronized Run runDue(Instant now) {
    if (!links.offered()) {
      return new Run(0, 0, 0);
    }
    Filter due = Filter.dueBy("next_due", now.toString());
    int confirmed = 0;
    int digests = 0;
    int failed = 0;
    for (Versioned<StoredAlert> alert : store.find(due, "next_due")) {
      Outcome outcome;
      try {
        outcome = handle(alert, now);
      } catch (VersionConflict changedMeanwhile) {
        // Edited or unsubscribed while this run looked at it: the next run sees it as it is now.
        outcome = Outcome.NOTHING;
      }
      switch (outcome) {
        case CONFIRMATION -> confirmed++;
        case DIGEST -> digests++;
        case FAILED -> failed++;
        case NOTHING -> {}
      }
    }
    return new Run(confirmed, digests, failed);
  }

  private Outcome handle(Versioned<StoredAlert> alert, Instant now) throws VersionConflict {
    StoredAlert current = alert.document();
    Optional<StoredSearch> search = savedSearches.stored(current.savedSearch());
    if (search.isEmpty()) {
      store.delete(alert);
      return Outcome.NOTHING;
    }
    if (current.confirmed() == null) {
      return switch (confirmations.send(alert, search.get().name(), now)) {
        case SENT -> Outcome.CONFIRMATION;
        case FAILED -> Outcome.FAILED;
        case POSTPONED -> Outcome.NOTHING;
      };
    }
    if (current.pending() != null) {
      return deliver(alert, search.get(), now);
    }
    SearchQuery query = search.get().query().toSearchQuery();
    // Never a match that arrived before the subscription.
    Instant from = current.since().minus(OVERLAP);
    Instant after = from.isBefore(current.subscribed()) ? current.subscribed() : from;
    List<String> fresh =
        notSent(alert.id(), newMatches.idsIngestedBetween(query, after, now, MAX_NEW));
    if (fresh.isEmpty()) {
      store.replace(alert, current.caughtUp(now, null));
      return Outcome.NOTHING;
    }
    store.replace(alert, current.withPending(new PendingDigest(now, fresh)));
    return deliver(store.get(alert.id()).orElseThrow(), search.get(), now);
  }

  private Outcome deliver(Versioned<StoredAlert> alert, StoredSearch search, Instant now)
      throws VersionConflict {
    StoredAlert current = alert.document();
    PendingDigest pending = current.pending();
    // Marked as sent by an earlier attempt that stopped before clearing the digest.
    List<String> unsent = notSent(alert.id(), pending.articleIds());
    SearchQuery query = search.query().toSearchQuery();
    List<String> listed = unsent.subList(0, Math.min(settings.maxPerDigest(), unsent.size()));
    List<SearchHit> hits = newMatches.highlighted(query, listed);
    if (hits.isEmpty()) {
      // Nothing left to say: sent already, or removed from the index since.
      update(alert.id(), a -> a.caughtUp(pending.upTo(), null));
      return Outcome.NOTHING;
    }
    AlertMails.Digest digest =
        new AlertMails.Digest(
            search.name(),
            SearchWording.describe(query),
            hits.stream()
                .map(hit -> AlertMails.Item.of(hit, links.article(hit.id(), query.text())))
                .toList(),
            unsent.size() - listed.size(),
            links.savedSearch(alert.id()),
            links.unsubscribe(current.unsubscribeToken()));
    try {
      mails.digest(current.email(), digest);
    } catch (AlertMails.NotSent e) {
      store.replace(alert, current.failed(now, settings.firstRetry(), settings.maxRetry()));
      return Outcome.FAILED;
    }
    Map<String, StoredDelivery> sent = new LinkedHashMap<>();
    for (String articleId : unsent) {
      sent.put(
          StoredDelivery.idFor(alert.id(), articleId),
          new StoredDelivery(alert.id(), articleId, now));
    }
    deliveries.createAll(sent);
    update(alert.id(), a -> a.caughtUp(pending.upTo(), now));
    return Outcome.DIGEST;
  }

  private List<String> notSent(String alertId, List<String> articleIds) {
    Map<String, String> byDelivery = new LinkedHashMap<>();
    articleIds.forEach(id -> byDelivery.put(StoredDelivery.idFor(alertId, id), id));
    Set<String> sent = deliveries.existing(List.copyOf(byDelivery.keySet()));
    return byDelivery.entrySet().stream()
        .filter(e -> !sent.contains(e.getKey()))
        .map(Map.Entry::getValue)
        .toList();
  }

  /**
   * Applies a change that must not be lost to an edit made meanwhile (a new frequency): the mail is
   * out, so the digest is cleared whatever else changed.
   */
  private void update(String id, UnaryOperator<StoredAlert> change) {
    for (int attempt = 1; attempt <= SavedSearches.MAX_ATTEMPTS; attempt++) {
      Optional<Versioned<StoredAlert>> current = store.get(id);
      if (current.isEmpty()) {
        return;
      }
      try {
        store.replace(current.get(), change.apply(current.get().document()));
        return;
      } catch (VersionConflict again) {
        // Re-read and apply once more.
      }
    }
  }
}
