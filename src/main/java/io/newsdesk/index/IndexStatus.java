package io.newsdesk.index;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What indexing did with one article. */
public enum IndexStatus {
  INDEXED,
  UNCHANGED,
  UPDATED,
  REJECTED;

  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
