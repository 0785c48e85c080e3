package io.newsdesk.saved;

import java.time.Instant;

/**
 * A saved search as the {@code saved-searches} index holds it.
 *
 * @param owner the key of the owner ({@link Owner#key()})
 * @param lastOpened null until first opened
 * @param feedToken the secret in the search's feed URL
 */
record StoredSearch(
    String owner,
    String name,
    StoredQuery query,
    Instant created,
    Instant lastOpened,
    Instant updated,
    String feedToken) {

  StoredSearch withName(String name, Instant now) {
    return new StoredSearch(owner, name, query, created, lastOpened, now, feedToken);
  }

  StoredSearch withQuery(StoredQuery query, Instant now) {
    return new StoredSearch(owner, name, query, created, lastOpened, now, feedToken);
  }

  StoredSearch openedAt(Instant now) {
    return new StoredSearch(owner, name, query, created, now, updated, feedToken);
  }

  StoredSearch ownedBy(String owner, Instant now) {
    return new StoredSearch(owner, name, query, created, lastOpened, now, feedToken);
  }
}
