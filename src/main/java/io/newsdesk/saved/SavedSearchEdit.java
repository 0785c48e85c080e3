package io.newsdesk.saved;

import io.newsdesk.search.SearchQuery;
import java.time.Instant;
import java.util.Optional;

/**
 * A change to a saved search: a new name, a new query or both. When the editor says what they saw
 * ({@code seenName}, {@code seenQuery}) and that field has since been changed elsewhere to
 * something else, the edit is refused instead of undoing that change; changes to other fields made
 * meanwhile are always kept.
 */
public record SavedSearchEdit(
    Optional<String> name,
    Optional<SearchQuery> query,
    Optional<String> seenName,
    Optional<SearchQuery> seenQuery) {

  /** Rename, as the rename form sends it. */
  public static SavedSearchEdit rename(String name, String seenName) {
    return new SavedSearchEdit(
        Optional.of(name), Optional.empty(), Optional.of(seenName), Optional.empty());
  }

  /** Replace the query with the current search, as the update form sends it. */
  public static SavedSearchEdit redefine(SearchQuery query, SearchQuery seenQuery) {
    return new SavedSearchEdit(
        Optional.empty(), Optional.of(query), Optional.empty(), Optional.of(seenQuery));
  }

  /** Set what is given and keep the rest, whatever happened meanwhile (the API's PUT). */
  public static SavedSearchEdit overwrite(Optional<String> name, Optional<SearchQuery> query) {
    return new SavedSearchEdit(name, query, Optional.empty(), Optional.empty());
  }

  StoredSearch applyTo(StoredSearch current, Instant now) {
    StoredSearch changed = current;
    if (name.isPresent()) {
      String wanted = SearchWording.cleanName(name.get(), current.query().toSearchQuery());
      if (!wanted.equals(current.name())) {
        if (seenName.filter(seen -> !seen.equals(current.name())).isPresent()) {
          throw new EditConflictException(
              "This saved search was renamed to “"
                  + current.name()
                  + "” in another tab or browser while you were editing it, so your new name"
                  + " was not saved. Look at it again and rename it if you still want to.");
        }
        changed = changed.withName(wanted, now);
      }
    }
    if (query.isPresent()) {
      StoredQuery wanted = StoredQuery.of(query.get());
      if (!sameSearch(wanted, current.query())) {
        if (seenQuery
            .filter(seen -> !sameSearch(StoredQuery.of(seen), current.query()))
            .isPresent()) {
          throw new EditConflictException(
              "The filters of “"
                  + current.name()
                  + "” were changed in another tab or browser while you were editing them, so"
                  + " your update was not saved. Open it again to see them.");
        }
        changed = changed.withQuery(wanted, now);
      }
    }
    return changed;
  }

  private static boolean sameSearch(StoredQuery a, StoredQuery b) {
    return a.toSearchQuery().equals(b.toSearchQuery());
  }
}
