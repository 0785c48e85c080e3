package io.newsdesk.saved;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The saved-searches page's one service: everything a reader keeps, in one read. */
@ApplicationScoped
public class SavedOverview {

  /**
   * What one reader keeps; empty for a browser with no owner yet.
   *
   * @param alerts the reader's alerts by saved search id; empty when alerts are not offered
   * @param carryLinkExpires when the reader's live carry link expires, if there is one
   */
  public record Overview(
      List<SavedSearch> searches,
      Map<String, Alert> alerts,
      boolean alertsOffered,
      Optional<Instant> carryLinkExpires) {}

  private final SavedSearches searches;
  private final Alerts alerts;
  private final CarryLinks carryLinks;

  SavedOverview(SavedSearches searches, Alerts alerts, CarryLinks carryLinks) {
    this.searches = searches;
    this.alerts = alerts;
    this.carryLinks = carryLinks;
  }

  public Overview of(Optional<Owner> owner) {
    boolean offered = alerts.offered();
    if (owner.isEmpty()) {
      return new Overview(List.of(), Map.of(), offered, Optional.empty());
    }
    return new Overview(
        searches.list(owner.get()),
        offered ? alerts.forOwner(owner.get()) : Map.of(),
        offered,
        carryLinks.liveUntil(owner.get()));
  }
}
