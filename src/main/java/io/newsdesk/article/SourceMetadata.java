package io.newsdesk.article;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the input says about an article beside its text: a manifest row, a sidecar file, a feed
 * item. Empty fields are unknown, and stay unknown unless the text itself tells.
 */
public record SourceMetadata(
    Optional<String> outlet,
    Optional<String> url,
    Optional<LocalDate> published,
    Optional<String> language,
    Optional<String> title,
    Optional<String> byline) {

  public static SourceMetadata none() {
    return new SourceMetadata(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
