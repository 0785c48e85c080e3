package io.newsdesk.saved;

import java.time.Instant;

/** An article an alert has mailed, so that no digest of that alert lists it again. */
record StoredDelivery(String alert, String articleId, Instant sent) {

  static String idFor(String alert, String articleId) {
    return SecretTokens.sha256(alert + "\n" + articleId);
  }
}
