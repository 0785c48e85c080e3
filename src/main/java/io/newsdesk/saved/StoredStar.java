package io.newsdesk.saved;

import java.time.Instant;

/** A starred article as the {@code stars} index holds it; one document per owner and article. */
record StoredStar(String owner, String articleId, Instant starred) {

  /** The id that makes starring the same article twice a no-op. */
  static String idFor(String owner, String articleId) {
    return SecretTokens.sha256(owner + "\n" + articleId);
  }
}
