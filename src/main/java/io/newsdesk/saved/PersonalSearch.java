package io.newsdesk.saved;

import io.newsdesk.search.ArticleSearch;
import io.newsdesk.search.ArticleSearch.Spelling;
import io.newsdesk.search.FacetOptions;
import io.newsdesk.search.SearchQuery;
import io.newsdesk.search.SearchResults;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/** The search page's one service: the results, and what the reader saved of them. */
@ApplicationScoped
public class PersonalSearch {

  /**
   * What the search page shows one reader.
   *
   * @param opened the saved search the reader opened, when it is theirs
   * @param starred the results the reader starred
   */
  public record Page(SearchResults results, Optional<SavedSearch> opened, Set<String> starred) {}

  private final ArticleSearch search;
  private final SavedSearches savedSearches;
  private final Stars stars;

  PersonalSearch(ArticleSearch search, SavedSearches savedSearches, Stars stars) {
    this.search = search;
    this.savedSearches = savedSearches;
    this.stars = stars;
  }

  public Page search(
      SearchQuery query,
      FacetOptions options,
      Spelling spelling,
      Optional<Owner> owner,
      Optional<String> openedId) {
    SearchResults results = search.search(query, options, spelling);
    if (owner.isEmpty()) {
      return new Page(results, Optional.empty(), Set.of());
    }
    Optional<SavedSearch> opened = openedId.flatMap(id -> theirs(owner.get(), id));
    Set<String> starred =
        stars.starredAmong(
            owner.get(), results.hits().stream().map(SearchResults.SearchHit::id).toList());
    return new Page(results, opened, starred);
  }

  private Optional<SavedSearch> theirs(Owner owner, String id) {
    try {
      return Optional.of(savedSearches.get(owner, id));
    } catch (SavedItemNotFoundException notTheirs) {
      // A shared link to someone else's saved search still shows its results, without editing.
      return Optional.empty();
    }
  }
}
