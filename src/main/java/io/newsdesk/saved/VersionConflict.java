package io.newsdesk.saved;

/** The document changed between reading it and writing it back. */
class VersionConflict extends Exception {

  VersionConflict(String id, Throwable cause) {
    super("Document " + id + " changed since it was read", cause);
  }
}
