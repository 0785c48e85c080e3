package io.newsdesk.pipeline;

import io.newsdesk.index.IndexStatus;

/**
 * What happened to one input: a file, or one article of a multi-article file.
 *
 * @param id the article id; null when rejected before it had one
 * @param reason why it was rejected; null otherwise
 */
public record IngestResult(String file, IndexStatus status, String id, String reason) {

  static IngestResult rejected(String file, String reason) {
    return new IngestResult(file, IndexStatus.REJECTED, null, reason);
  }
}
