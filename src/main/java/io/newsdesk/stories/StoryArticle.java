package io.newsdesk.stories;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An article as its story lists it.
 *
 * @param outlet the outlet, the web site when the outlet is unknown, or "Unknown outlet"
 * @param relative for a copy or rewrite, the member it copies or rewrites, or (when which came
 *     first is unknown) the one it shares most wording with
 * @param directionKnown dates or credits tell that the relative came first
 * @param similarity the share of wording with its relative for copies, rewrites and originals, the
 *     word similarity to the closest member for coverage
 */
public record StoryArticle(
    String id,
    String outlet,
    String title,
    LocalDate published,
    Relation relation,
    Optional<String> relative,
    boolean directionKnown,
    double similarity) {}
