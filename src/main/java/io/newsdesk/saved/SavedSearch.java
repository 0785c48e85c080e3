package io.newsdesk.saved;

import io.newsdesk.search.SearchQuery;
import java.time.Instant;
import java.util.Optional;

/**
 * A search someone kept, as they see it.
 *
 * @param newCount matching articles that entered the index since {@link #newSince()}
 * @param feedToken the secret in the URL of the search's Atom feed
 */
public record SavedSearch(
    String id,
    String name,
    SearchQuery query,
    Instant created,
    Optional<Instant> lastOpened,
    long newCount,
    String feedToken) {

  /** Articles that arrived after this are new: since last opened, or since saved. */
  public Instant newSince() {
    return lastOpened.orElse(created);
  }

  /** The text and filters as a reader would say them. */
  public String filtersInWords() {
    return SearchWording.describe(query);
  }
}
