package io.newsdesk.saved;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The saved feature's store, its only way to Elasticsearch: one {@link DocumentStore} for each of
 * its indices, each defined in {@code index-mappings/} and created by {@link
 * io.newsdesk.index.IndexSchema}.
 */
@ApplicationScoped
class SavedStore {

  static final String SEARCHES = "saved-searches";
  static final String STARS = "stars";
  static final String CARRY_LINKS = "carry-links";
  static final String ALERTS = "alerts";
  static final String DELIVERIES = "alert-deliveries";

  private final DocumentStore<StoredSearch> searches;
  private final DocumentStore<StoredStar> stars;
  private final DocumentStore<StoredCarryLink> carryLinks;
  private final DocumentStore<StoredAlert> alerts;
  private final DocumentStore<StoredDelivery> deliveries;

  SavedStore(ElasticsearchClient client) {
    this.searches = new DocumentStore<>(client, SEARCHES, StoredSearch.class);
    this.stars = new DocumentStore<>(client, STARS, StoredStar.class);
    this.carryLinks = new DocumentStore<>(client, CARRY_LINKS, StoredCarryLink.class);
    this.alerts = new DocumentStore<>(client, ALERTS, StoredAlert.class);
    this.deliveries = new DocumentStore<>(client, DELIVERIES, StoredDelivery.class);
  }

  DocumentStore<StoredSearch> searches() {
    return searches;
  }

  DocumentStore<StoredStar> stars() {
    return stars;
  }

  DocumentStore<StoredCarryLink> carryLinks() {
    return carryLinks;
  }

  DocumentStore<StoredAlert> alerts() {
    return alerts;
  }

  DocumentStore<StoredDelivery> deliveries() {
    return deliveries;
  }
}
