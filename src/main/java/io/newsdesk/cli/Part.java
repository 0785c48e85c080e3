package io.newsdesk.cli;

import java.io.IOException;

/**
 * One part of an upload: a file's name as the portal sees it, and how to get its bytes when its
 * batch is sent.
 *
 * @param label how the user named it: a path or a URL, for the summary
 * @param size its size in bytes when known beforehand, else 0
 */
record Part(String name, String label, long size, Content content) {

  /** Reads or fetches the bytes; the message of a failure is the reason given to the user. */
  @FunctionalInterface
  interface Content {
    byte[] bytes() throws IOException;
  }
}
