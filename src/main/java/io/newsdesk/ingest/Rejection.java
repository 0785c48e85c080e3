package io.newsdesk.ingest;

import java.util.OptionalInt;

/**
 * Why ingest could not read a file, or one line of a JSON Lines file, in words for a person.
 *
 * @param source the file name
 * @param line the 1-based line, for a JSON Lines file's bad line; empty for the whole file
 * @param reason what is wrong with it
 */
public record Rejection(String source, OptionalInt line, String reason) {

  static Rejection ofFile(String source, String reason) {
    return new Rejection(source, OptionalInt.empty(), reason);
  }

  static Rejection ofLine(String source, int line, String reason) {
    return new Rejection(source, OptionalInt.of(line), reason);
  }

  /** The whole message, such as {@code feed.jsonl, line 3: not valid JSON}. */
  public String message() {
    return line.isPresent()
        ? source + ", line " + line.getAsInt() + ": " + reason
        : source + ": " + reason;
  }
}
