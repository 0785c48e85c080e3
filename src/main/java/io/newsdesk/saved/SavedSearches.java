package io.newsdesk.saved;

import io.newsdesk.search.NewMatches;
import io.newsdesk.search.NewMatches.NewSince;
import io.newsdesk.search.SearchQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Saved searches: keep a search, see what arrived since it was last opened, rename, redefine,
 * delete, and read its feed. Every call but the feed's acts for one {@link Owner}, who never sees
 * or changes another's searches.
 */
@ApplicationScoped
public class SavedSearches {

  /** How often a change is retried on a document that keeps changing under it. */
  static final int MAX_ATTEMPTS = 5;

  static final int FEED_SIZE = 20;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{16}");

  private final DocumentStore<StoredSearch> store;
  private final NewMatches articles;
  private final Clock clock;

  SavedSearches(SavedStore stores, NewMatches articles) {
    this.store = stores.searches();
    this.articles = articles;
    this.clock = Clock.systemUTC();
  }

  /** A name for a search, from its text and filters. */
  public static String suggestName(SearchQuery query) {
    return SearchWording.name(query);
  }

  /** The owner's saved searches, the most recently saved first. */
  public List<SavedSearch> list(Owner owner) {
    List<Versioned<StoredSearch>> stored =
        store.find(Filter.where("owner", owner.key())).stream()
            .sorted(
                Comparator.comparing((Versioned<StoredSearch> v) -> v.document().created())
                    .reversed()
                    .thenComparing(Versioned::id))
            .toList();
    // Every search's new count in one request, not one request each.
    List<Long> newCounts =
        articles.countIngestedAfter(stored.stream().map(v -> newSince(v.document())).toList());
    List<SavedSearch> views = new ArrayList<>();
    for (int i = 0; i < stored.size(); i++) {
      views.add(view(stored.get(i).id(), stored.get(i).document(), newCounts.get(i)));
    }
    return views;
  }

  public SavedSearch get(Owner owner, String id) {
    return view(owned(owner, id));
  }

  /** Keeps a search; a blank name is replaced by a suggested one. */
  public SavedSearch create(Owner owner, String name, SearchQuery query) {
    StoredQuery stored = StoredQuery.of(query);
    Instant now = now();
    StoredSearch document =
        new StoredSearch(
            owner.key(),
            SearchWording.cleanName(name, stored.toSearchQuery()),
            stored,
            now,
            null,
            now,
            SecretTokens.secret());
    String id = SecretTokens.id();
    while (!store.create(id, document)) {
      id = SecretTokens.id();
    }
    return view(id, document);
  }

  /**
   * Applies an edit to the search as it is now, re-reading and re-applying it when another write
   * got in between, so concurrent edits of different fields all survive.
   *
   * @throws EditConflictException when the edit would undo a change made meanwhile
   */
  public SavedSearch edit(Owner owner, String id, SavedSearchEdit edit) {
    return view(id, update(owner, id, current -> edit.applyTo(current, now())));
  }

  /**
   * Notes that the owner opened the search now and returns it as it was before, so that its {@link
   * SavedSearch#newSince()} still says which results are new to them.
   */
  public SavedSearch open(Owner owner, String id) {
    Instant now = now();
    Versioned<StoredSearch> before = owned(owner, id);
    update(owner, id, current -> current.openedAt(now));
    return view(before);
  }

  public void delete(Owner owner, String id) {
    Versioned<StoredSearch> current = owned(owner, id);
    for (int attempt = 1; ; attempt++) {
      try {
        store.delete(current);
        return;
      } catch (VersionConflict e) {
        Optional<Versioned<StoredSearch>> now = find(owner, id);
        if (now.isEmpty()) {
          return;
        }
        if (attempt == MAX_ATTEMPTS) {
          throw busy();
        }
        current = now.get();
      }
    }
  }

  /** The feed a token opens; empty for any token that is not a live feed's. */
  public Optional<SavedSearchFeed> feed(String feedToken) {
    if (!SecretTokens.isSecret(feedToken)) {
      return Optional.empty();
    }
    return store.find(Filter.where("feed_token", feedToken)).stream()
        .findFirst()
        .map(
            found -> {
              StoredSearch search = found.document();
              SearchQuery query = search.query().toSearchQuery();
              return new SavedSearchFeed(
                  found.id(),
                  search.name(),
                  query,
                  search.created(),
                  articles.latestIngested(query, FEED_SIZE));
            });
  }

  /** A saved search by id whoever owns it, for the alerts that mail about it. */
  Optional<StoredSearch> stored(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      return Optional.empty();
    }
    return store.get(id).map(Versioned::document);
  }

  /** Gives every search of one owner to another, for a carry link; returns how many moved. */
  int move(String fromOwner, String toOwner) {
    int moved = 0;
    for (Versioned<StoredSearch> found : store.find(Filter.where("owner", fromOwner))) {
      Optional<Versioned<StoredSearch>> current = Optional.of(found);
      for (int attempt = 1; current.isPresent() && attempt <= MAX_ATTEMPTS; attempt++) {
        try {
          store.replace(current.get(), current.get().document().ownedBy(toOwner, now()));
          moved++;
          break;
        } catch (VersionConflict e) {
          current =
              store.get(found.id()).filter(again -> again.document().owner().equals(fromOwner));
        }
      }
    }
    return moved;
  }

  private StoredSearch update(Owner owner, String id, UnaryOperator<StoredSearch> change) {
    for (int attempt = 1; ; attempt++) {
      Versioned<StoredSearch> current = owned(owner, id);
      StoredSearch changed = change.apply(current.document());
      if (changed.equals(current.document())) {
        return changed;
      }
      try {
        store.replace(current, changed);
        return changed;
      } catch (VersionConflict e) {
        if (attempt == MAX_ATTEMPTS) {
          throw busy();
        }
      }
    }
  }

  private Versioned<StoredSearch> owned(Owner owner, String id) {
    return find(owner, id)
        .orElseThrow(() -> new SavedItemNotFoundException("There is no such saved search."));
  }

  private Optional<Versioned<StoredSearch>> find(Owner owner, String id) {
    if (id == null || !ID.matcher(id).matches()) {
      return Optional.empty();
    }
    return store.get(id).filter(found -> found.document().owner().equals(owner.key()));
  }

  private SavedSearch view(Versioned<StoredSearch> stored) {
    return view(stored.id(), stored.document());
  }

  private SavedSearch view(String id, StoredSearch search) {
    NewSince since = newSince(search);
    return view(id, search, articles.countIngestedAfter(since.query(), since.after()));
  }

  private static SavedSearch view(String id, StoredSearch search, long newCount) {
    return new SavedSearch(
        id,
        search.name(),
        search.query().toSearchQuery(),
        search.created(),
        Optional.ofNullable(search.lastOpened()),
        newCount,
        search.feedToken());
  }

  /** New is what entered the index since the search was last opened, or since it was saved. */
  private static NewSince newSince(StoredSearch search) {
    return new NewSince(
        search.query().toSearchQuery(),
        Optional.ofNullable(search.lastOpened()).orElse(search.created()));
  }

  private static EditConflictException busy() {
    return new EditConflictException(
        "This saved search is being changed elsewhere right now. Try again in a moment.");
  }

  // Elasticsearch keeps dates to the millisecond: so do we, or "after" comparisons would drift.
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
