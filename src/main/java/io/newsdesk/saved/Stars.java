package io.newsdesk.saved;

import io.newsdesk.search.ArticleLookup;
import io.newsdesk.search.SearchResults.SearchHit;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Bookmarked articles, each owner's own. Starring twice or unstarring twice changes nothing. */
@ApplicationScoped
public class Stars {

  private final DocumentStore<StoredStar> store;
  private final ArticleLookup articles;
  private final Clock clock;

  Stars(SavedStore stores, ArticleLookup articles) {
    this.store = stores.stars();
    this.articles = articles;
    this.clock = Clock.systemUTC();
  }

  /**
   * @throws SavedItemNotFoundException when no article has this id
   */
  public void star(Owner owner, String articleId) {
    if (articleId == null || articles.byIds(List.of(articleId)).isEmpty()) {
      throw new SavedItemNotFoundException("There is no such article.");
    }
    store.create(
        StoredStar.idFor(owner.key(), articleId),
        new StoredStar(owner.key(), articleId, clock.instant().truncatedTo(ChronoUnit.MILLIS)));
  }

  public void unstar(Owner owner, String articleId) {
    if (articleId == null) {
      return;
    }
    store
        .get(StoredStar.idFor(owner.key(), articleId))
        .ifPresent(
            star -> {
              try {
                store.delete(star);
              } catch (VersionConflict gone) {
                // Unstarred meanwhile in another tab: what was asked for is done.
              }
            });
  }

  /** Which of these articles the owner has starred, to draw each result's star. */
  public Set<String> starredAmong(Owner owner, Collection<String> articleIds) {
    if (articleIds.isEmpty()) {
      return Set.of();
    }
    Filter filter =
        Filter.where("owner", owner.key()).andAnyOf("article_id", Set.copyOf(articleIds));
    return store.find(filter).stream()
        .map(star -> star.document().articleId())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The owner's starred articles, the most recently starred first. */
  public List<StarredArticle> list(Owner owner) {
    List<StoredStar> stars =
        store.find(Filter.where("owner", owner.key())).stream()
            .map(Versioned::document)
            .sorted(Comparator.comparing(StoredStar::starred).reversed())
            .toList();
    Map<String, SearchHit> found =
        articles.byIds(stars.stream().map(StoredStar::articleId).toList()).stream()
            .collect(Collectors.toMap(SearchHit::id, Function.identity()));
    return stars.stream()
        .map(
            star ->
                new StarredArticle(
                    star.articleId(),
                    star.starred(),
                    Optional.ofNullable(found.get(star.articleId()))))
        .toList();
  }

  /** Moves every star of one owner to another, for a carry link. */
  int move(String fromOwner, String toOwner) {
    int moved = 0;
    for (Versioned<StoredStar> star : store.find(Filter.where("owner", fromOwner))) {
      String articleId = star.document().articleId();
      store.create(
          StoredStar.idFor(toOwner, articleId),
          new StoredStar(toOwner, articleId, star.document().starred()));
      try {
        store.delete(star);
        moved++;
      } catch (VersionConflict gone) {
        // Unstarred in the other browser at that very moment; the carried copy is kept.
      }
    }
    return moved;
  }
}
