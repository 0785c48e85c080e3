package io.newsdesk.ingest;

/** Raised while screening or parsing input; its message is the reason given to the caller. */
final class UnreadableInput extends Exception {

  UnreadableInput(String reason) {
    super(reason, null, false, false);
  }
}
