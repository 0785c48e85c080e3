package io.newsdesk.search;

import java.util.List;

/**
 * What the search box asked for: every required clause must match, no excluded term may.
 *
 * @param notices what the parser forgave or dropped, worded for the reader of the results page
 */
record UserQuery(List<Clause> required, List<Term> excluded, List<String> notices) {

  UserQuery {
    required = List.copyOf(required);
    excluded = List.copyOf(excluded);
    notices = List.copyOf(notices);
  }

  /** True when nothing narrows the search, so every article matches. */
  boolean isEmpty() {
    return required.isEmpty() && excluded.isEmpty();
  }

  /** One part of the query that must match: a term, or a group of alternatives. */
  sealed interface Clause permits Term, AnyOf {}

  /** A single searchable unit; {@link #text} is what to search for, never blank. */
  sealed interface Term extends Clause permits Word, Phrase, Prefix {
    String text();
  }

  /** A bare word, matched through stemming: {@code sanction} also finds "sanctions". */
  record Word(String text) implements Term {}

  /** Quoted text, matched word for word and in order, without stemming. */
  record Phrase(String text) implements Term {}

  /** A word typed with a trailing {@code *}; {@code text} is the part before the star. */
  record Prefix(String text) implements Term {}

  /** Terms joined by {@code OR}: at least one must match. */
  record AnyOf(List<Term> alternatives) implements Clause {

    AnyOf {
      alternatives = List.copyOf(alternatives);
    }
  }
}
