package io.newsdesk.enrich;

/** A range of characters, {@code begin} inclusive, {@code end} exclusive. */
public record Span(int begin, int end) {

  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }
  }

  public boolean contains(int from, int to) {
    return begin <= from && to <= end;
  }

  public boolean overlaps(int from, int to) {
    return from < end && begin < to;
  }
}
