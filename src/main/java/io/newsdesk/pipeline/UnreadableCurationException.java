package io.newsdesk.pipeline;

/**
 * The curation file cannot be read or has a rule that cannot be applied; nothing was re-applied and
 * the rules in force stay.
 */
public class UnreadableCurationException extends RuntimeException {

  UnreadableCurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
