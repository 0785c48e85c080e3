package io.newsdesk.saved;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The package's only access to Elasticsearch: its indices, each defined in {@code index-mappings/}
 * and created by {@link io.newsdesk.index.IndexSchema}.
 */
@ApplicationScoped
class SavedIndices {

  static final String SEARCHES = "saved-searches";
  static final String STARS = "stars";
  static final String CARRY_LINKS = "carry-links";
  static final String ALERTS = "alerts";
  static final String DELIVERIES = "alert-deliveries";

  private final Documents<StoredSearch> searches;
  private final Documents<StoredStar> stars;
  private final Documents<StoredCarryLink> carryLinks;
  private final Documents<StoredAlert> alerts;
  private final Documents<StoredDelivery> deliveries;

  SavedIndices(ElasticsearchClient client) {
    this.searches = new Documents<>(client, SEARCHES, StoredSearch.class);
    this.stars = new Documents<>(client, STARS, StoredStar.class);
    this.carryLinks = new Documents<>(client, CARRY_LINKS, StoredCarryLink.class);
    this.alerts = new Documents<>(client, ALERTS, StoredAlert.class);
    this.deliveries = new Documents<>(client, DELIVERIES, StoredDelivery.class);
  }

  Documents<StoredSearch> searches() {
    return searches;
  }

  Documents<StoredStar> stars() {
    return stars;
  }

  Documents<StoredCarryLink> carryLinks() {
    return carryLinks;
  }

  Documents<StoredAlert> alerts() {
    return alerts;
  }

  Documents<StoredDelivery> deliveries() {
    return deliveries;
  }
}
