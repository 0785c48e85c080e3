package io.newsdesk.saved;

/** An alert asked for with an address or frequency that cannot be used. */
public class InvalidAlertException extends RuntimeException {

  private final String field;

  InvalidAlertException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The field of the request at fault: {@code email} or {@code frequency}. */
  public String field() {
    return field;
  }
}
