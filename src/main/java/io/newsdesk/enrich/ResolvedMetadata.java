package io.newsdesk.enrich;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An article's metadata: what its source metadata says, else what its text tells; empty when
 * neither knows.
 *
 * @param outlet the publisher
 * @param published the date the article was published or last updated
 * @param byline the writers' names, as the byline gives them
 * @param credit the wire agency the story is credited to (AFP, Reuters ...), never a photo credit
 */
public record ResolvedMetadata(
    Optional<String> outlet,
    Optional<LocalDate> published,
    Optional<String> byline,
    Optional<String> credit) {}
