package io.newsdesk;

/** Elasticsearch cannot be reached or cannot answer now; the request may succeed later. */
public class BackendUnavailableException extends RuntimeException {

  public BackendUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
