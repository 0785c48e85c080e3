package io.newsdesk.web;

import io.newsdesk.saved.Owner;
import io.newsdesk.saved.PersonalSearch;
import io.newsdesk.saved.SavedSearches;
import io.newsdesk.search.SearchQuery;
import io.newsdesk.search.SearchResults;
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
      PersonalSearch.Page page,
      Optional<Owner> owner,
      Optional<Instant> newSince) {
    Optional<Editing> editing =
        page.opened()
            .map(
                search ->
                    new Editing(
                        search.id(), search.name(), SearchLinks.parameters(search.query())));
    List<Kept> kept = new ArrayList<>();
    editing.ifPresent(e -> kept.add(new Kept(SAVED, e.id())));
    newSince.ifPresent(since -> kept.add(new Kept(NEW_SINCE, since.toString())));
    String rawQuery = uri.getRequestUri().getRawQuery();
    return new SavedControls(
        Csrf.tokenFor(owner),
        SearchLinks.parameters(query),
        SavedSearches.suggestName(query),
        editing,
        newSince,
        page.starred(),
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

  static Optional<Instant> newSince(String value) {
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
