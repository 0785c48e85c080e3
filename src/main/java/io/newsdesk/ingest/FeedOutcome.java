package io.newsdesk.ingest;

import java.util.List;

/** What reading a feed gave: its items, or the reason there are none. */
public sealed interface FeedOutcome permits FeedOutcome.Parsed, FeedOutcome.Rejected {

  /** A well-formed feed with at least one item. */
  record Parsed(List<FeedItem> items) implements FeedOutcome {
    public Parsed {
      items = List.copyOf(items);
    }
  }

  /** Not a feed that can be read: malformed, refused or empty. */
  record Rejected(Rejection rejection) implements FeedOutcome {}
}
