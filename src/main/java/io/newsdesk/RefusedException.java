package io.newsdesk;

/** Elasticsearch answered, and refused the request (a version conflict, a bad request ...). */
public class RefusedException extends RuntimeException {

  private final int status;

  public RefusedException(int status, Throwable cause) {
    super("Elasticsearch refused the request with status " + status, cause);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
