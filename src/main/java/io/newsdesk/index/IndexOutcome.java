package io.newsdesk.index;

import io.newsdesk.article.IndexStatus;
import java.util.Optional;

/** The result of indexing one article; {@code reason} says why it was rejected. */
public record IndexOutcome(String id, IndexStatus status, Optional<String> reason) {

  static IndexOutcome of(String id, IndexStatus status) {
    return new IndexOutcome(id, status, Optional.empty());
  }

  static IndexOutcome rejected(String id, String reason) {
    return new IndexOutcome(id, IndexStatus.REJECTED, Optional.of(reason));
  }
}
