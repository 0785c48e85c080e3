package io.newsdesk.cli;

/**
 * Counts the rows of an export as its bytes go by: a line of JSON Lines, or a CSV record after the
 * header, where a line break inside quotes belongs to a value.
 */
final class RowCounter {

  private final boolean csv;
  private boolean quoted;
  private long lines;

  RowCounter(boolean csv) {
    this.csv = csv;
  }

  /** Takes the next bytes; returns the rows complete so far. */
  long add(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      byte b = bytes[i];
      if (csv && b == '"') {
        quoted = !quoted;
      } else if (b == '\n' && !quoted) {
        lines++;
      }
    }
    return count();
  }

  long count() {
    return csv ? Math.max(0, lines - 1) : lines;
  }
}
