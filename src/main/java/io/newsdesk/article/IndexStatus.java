package io.newsdesk.article;

import java.util.Locale;

/** What indexing did with one article. */
public enum IndexStatus {
  INDEXED,
  UNCHANGED,
  UPDATED,
  REJECTED;

  /** The status as the API and pages write it. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
