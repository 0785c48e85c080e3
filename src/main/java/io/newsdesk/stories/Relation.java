package io.newsdesk.stories;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How an article stands to the rest of its story. */
public enum Relation {
  /** Others copied or rewrote it. */
  ORIGINAL,
  /** Near-identical to another member: the same text, perhaps trimmed. */
  COPY,
  /** Built on another member's text: passages and quotes kept, the rest reworded. */
  REWRITE,
  /** Its own report of the event. */
  COVERAGE;

  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Relation of(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
