package io.newsdesk.search;

import co.elastic.clients.elasticsearch._types.query_dsl.MultiMatchQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.util.ObjectBuilder;
import io.newsdesk.search.UserQuery.AnyOf;
import io.newsdesk.search.UserQuery.Clause;
import io.newsdesk.search.UserQuery.Phrase;
import io.newsdesk.search.UserQuery.Prefix;
import io.newsdesk.search.UserQuery.Term;
import io.newsdesk.search.UserQuery.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The query for one clause of a search: a word, a quoted phrase, a prefix or a group of
 * alternatives, over every field it may be found in, also finding the articles filed under an
 * entity it names. A word long enough to be a name also matches entity names within one or two
 * typing errors, and the last word also matches the names it begins, as the typeahead would have
 * completed it.
 */
final class ClauseQueries {

  static final int MAX_PREFIX_EXPANSIONS = 50;

  /** Words shorter than this are never matched with typing errors: too many words are close. */
  static final int MIN_FUZZY_LENGTH = 5;

  /** A last word shorter than this is not completed: it would begin too many names. */
  static final int MIN_COMPLETED_LENGTH = 3;

  // The stemmed fields let "sanction" find "sanctions". Their .exact twins score the spelling as
  // typed higher, and keep the stop words an English analyzer drops, so that a "who" still has a
  // field to match in rather than matching nothing. entity_names holds every alias, so
  // "Zelenskiy" finds an article that spells him "Zelensky", and weighs more: a name the article
  // is about.
  private static final List<String> WORD_FIELDS =
      List.of("title^3", "title.exact^3", "body", "body.exact", "entity_names^2");

  // Phrases and prefixes go to the unstemmed fields: a phrase means the words as typed, and a
  // prefix can be longer than the stem indexed for the words it should find ("economic*" would
  // miss "economics", indexed as "econom").
  private static final List<String> EXACT_FIELDS =
      List.of("title.exact^3", "body.exact", "entity_names");

  // A term found in several fields scores a little above one found in its best field alone.
  private static final double TIE_BREAKER = 0.3;

  // Matches within typing errors or by completion count as a match, but weigh less than the word.
  private static final float FORGIVEN_BOOST = 0.6f;

  private ClauseQueries() {}

  /**
   * The clause as typed, or also within typing errors or completed when it is a word.
   *
   * @param lastClause whether it is the query's last clause, the one the typeahead completes
   */
  static Query forgiving(Clause clause, Map<String, List<Query>> entities, boolean lastClause) {
    Query exact = clause(clause, entities);
    if (!(clause instanceof Word word)) {
      return exact;
    }
    List<Query> forgiven = new ArrayList<>();
    if (nameLike(word.text(), MIN_FUZZY_LENGTH)) {
      forgiven.add(
          Query.of(
              q ->
                  q.match(
                      m ->
                          m.field("entity_names")
                              .query(word.text())
                              .fuzziness("AUTO")
                              .prefixLength(1)
                              .maxExpansions(20)
                              .boost(FORGIVEN_BOOST)
                              .queryName("name_typo"))));
    }
    if (lastClause && nameLike(word.text(), MIN_COMPLETED_LENGTH)) {
      forgiven.add(
          multiMatch(
              word.text(),
              List.of("entity_names"),
              m ->
                  m.type(TextQueryType.PhrasePrefix)
                      .maxExpansions(MAX_PREFIX_EXPANSIONS)
                      .boost(FORGIVEN_BOOST)
                      .queryName("completion")));
    }
    if (forgiven.isEmpty()) {
      return exact;
    }
    return Query.of(q -> q.bool(b -> b.should(exact).should(forgiven).minimumShouldMatch("1")));
  }

  /** A single word of letters only, at least this long: one that could be (part of) a name. */
  private static boolean nameLike(String text, int minLength) {
    return text.codePointCount(0, text.length()) >= minLength
        && text.codePoints().allMatch(Character::isLetter);
  }

  /** The clause as typed (no typing errors, no completion), or an entity it names. */
  static Query clause(Clause clause, Map<String, List<Query>> entities) {
    if (clause instanceof AnyOf group) {
      return Query.of(
          q ->
              q.bool(
                  b -> {
                    group.alternatives().forEach(term -> b.should(term(term, entities)));
                    return b.minimumShouldMatch("1");
                  }));
    }
    return term((Term) clause, entities);
  }

  /** One word, phrase or prefix, or an entity it names (a prefix names none). */
  static Query term(Term term, Map<String, List<Query>> entities) {
    Query text = term(term);
    List<Query> named =
        term instanceof Prefix ? List.of() : entities.getOrDefault(term.text(), List.of());
    if (named.isEmpty()) {
      return text;
    }
    return Query.of(
        q ->
            q.bool(
                b -> {
                  b.should(text);
                  named.forEach(b::should);
                  return b.minimumShouldMatch("1");
                }));
  }

  private static Query term(Term term) {
    if (term instanceof Phrase) {
      return multiMatch(term.text(), EXACT_FIELDS, m -> m.type(TextQueryType.Phrase));
    }
    if (term instanceof Prefix) {
      return multiMatch(
          term.text(),
          EXACT_FIELDS,
          m -> m.type(TextQueryType.PhrasePrefix).maxExpansions(MAX_PREFIX_EXPANSIONS));
    }
    // operator and: a word the analyzer splits ("covid-19", "U.S.") needs all of its pieces.
    return multiMatch(
        term.text(), WORD_FIELDS, m -> m.type(TextQueryType.BestFields).operator(Operator.And));
  }

  static Query multiMatch(
      String text,
      List<String> fields,
      Function<MultiMatchQuery.Builder, ObjectBuilder<MultiMatchQuery>> options) {
    return Query.of(
        q ->
            q.multiMatch(m -> options.apply(m.query(text).fields(fields).tieBreaker(TIE_BREAKER))));
  }
}
