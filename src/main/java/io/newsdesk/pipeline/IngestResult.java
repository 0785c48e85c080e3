package io.newsdesk.pipeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.newsdesk.article.IndexStatus;

/**
 * What happened to one input: a file, or one article of a multi-article file.
 *
 * @param id the article id; null when rejected before it had one
 * @param reason why it was rejected; null otherwise
 */
public record IngestResult(String file, @JsonIgnore IndexStatus status, String id, String reason) {

  static IngestResult rejected(String file, String reason) {
    return new IngestResult(file, IndexStatus.REJECTED, null, reason);
  }

  @JsonProperty("status")
  public String statusName() {
    return status.jsonName();
  }

  public boolean wasRejected() {
    return status == IndexStatus.REJECTED;
  }
}
