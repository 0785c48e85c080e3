package io.newsdesk.saved;

import io.newsdesk.search.SearchQuery;
import io.newsdesk.search.SearchResults.SearchHit;
import java.time.Instant;
import java.util.List;

/** What the Atom feed of a saved search holds: its newest matches, latest arrival first. */
public record SavedSearchFeed(
    String id, String name, SearchQuery query, Instant created, List<SearchHit> entries) {

  /** The text and filters as a reader would say them. */
  public String filtersInWords() {
    return SearchWording.describe(query);
  }
}
