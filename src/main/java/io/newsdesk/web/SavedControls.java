package io.newsdesk.web;

import io.newsdesk.saved.Owner;
import io.newsdesk.saved.SavedItemNotFoundException;
import io.newsdesk.saved.SavedSearch;
import io.newsdesk.saved.SavedSearches;
import io.newsdesk.saved.Stars;
import io.newsdesk.search.SearchQuery;
import io.newsdesk.search.SearchResults;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the search page needs for saving: the save and update forms, the stars on the results and
 * the "new" marks of an opened saved search ({@code saved} and {@code new_since} parameters).
 *
 * @param csrfToken for the forms; empty while the browser has no owner
 * @param query the current search as a query string, for the save and update forms
 * @param editing the opened saved search, which the update form replaces
 * @param kept the parameters every link of the page keeps
 */
record SavedControls(
    String csrfToken,
    String query,
    String suggestedName,
    Optional<Editing> editing,
    Optional<Instant> newSince,
    Set<String> starred,
    String returnTo,
    List<Kept> kept) {

  static final String SAVED = "saved";
  static final String NEW_SINCE = "new_since";

  /** The opened saved search; {@code query} is its stored query as a query string. */
  record Editing(String id, String name, String query) {}

  /** A parameter to keep, for the hidden fields of the page's GET forms. */
  record Kept(String name, String value) {}

  static SavedControls of(
      UriInfo uri,
      SearchQuery query,
      SearchResults results,
      Optional<Owner> owner,
      SavedSearches savedSearches,
      Stars stars) {
    MultivaluedMap<String, String> parameters = uri.getQueryParameters();
    Optional<Instant> newSince = newSince(parameters.getFirst(NEW_SINCE));
    Optional<Editing> editing =
        owner.flatMap(o -> opened(o, parameters.getFirst(SAVED), savedSearches));
    List<Kept> kept = new ArrayList<>();
    editing.ifPresent(e -> kept.add(new Kept(SAVED, e.id())));
    newSince.ifPresent(since -> kept.add(new Kept(NEW_SINCE, since.toString())));
    Set<String> starred =
        owner
            .map(
                o ->
                    stars.starredAmong(
                        o, results.hits().stream().map(SearchResults.SearchHit::id).toList()))
            .orElse(Set.of());
    String rawQuery = uri.getRequestUri().getRawQuery();
    return new SavedControls(
        Csrf.tokenFor(owner),
        SearchLinks.parameters(query),
        SavedSearches.suggestName(query),
        editing,
        newSince,
        starred,
        uri.getRequestUri().getRawPath() + (rawQuery == null ? "" : "?" + rawQuery),
        List.copyOf(kept));
  }

  /** The kept parameters as they go on a link. */
  String keptParameters() {
    return kept.stream()
        .map(
            k ->
                URLEncoder.encode(k.name(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(k.value(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** True for a result that entered the index after the opened saved search was last seen. */
  public boolean isNew(SearchResults.SearchHit hit) {
    return newSince.isPresent()
        && hit.ingestedAt() != null
        && hit.ingestedAt().isAfter(newSince.get());
  }

  public boolean isStarred(String articleId) {
    return starred.contains(articleId);
  }

  private static Optional<Editing> opened(Owner owner, String id, SavedSearches savedSearches) {
    if (id == null) {
      return Optional.empty();
    }
    try {
      SavedSearch search = savedSearches.get(owner, id);
      return Optional.of(
          new Editing(search.id(), search.name(), SearchLinks.parameters(search.query())));
    } catch (SavedItemNotFoundException notTheirs) {
      // A shared link to someone else's saved search still shows its results, without editing.
      return Optional.empty();
    }
  }

  private static Optional<Instant> newSince(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(value.strip()));
    } catch (DateTimeParseException e) {
      throw new BadParameterException(
          NEW_SINCE, NEW_SINCE + " must be a time like 2025-02-24T10:15:30Z, not '" + value + "'");
    }
  }
}
