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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns a parsed search-box query into an Elasticsearch query over the article index.
 *
 * <p>Each required clause is its own {@code must}, so the words of a query may be spread over the
 * fields: one in the title, another only among the entity names. A single multi_match with {@code
 * operator: and} would want every word in the same field, and combined_fields cannot mix fields
 * with different analyzers, as these have.
 */
final class QueryTranslator {

  static final int MAX_PREFIX_EXPANSIONS = 50;

  /** Name lookups per query: a query of many words still costs one small request. */
  static final int MAX_NAME_LOOKUPS = 8;

  // The stemmed fields let "sanction" find "sanctions". Their .exact twins score the spelling as
  // typed higher, and keep the stop words an English analyzer drops, so that a required "who"
  // still has a field to match in rather than matching nothing. entity_names holds every alias,
  // so "Zelenskiy" finds an article that spells him "Zelensky".
  private static final List<String> WORD_FIELDS =
      List.of("title^3", "title.exact^3", "body", "body.exact", "entity_names");

  // Phrases and prefixes go to the unstemmed fields: a phrase means the words as typed, and a
  // prefix can be longer than the stem indexed for the words it should find ("economic*" would
  // miss "economics", indexed as "econom").
  private static final List<String> EXACT_FIELDS =
      List.of("title.exact^3", "body.exact", "entity_names");

  // A term found in several fields scores a little above one found in its best field alone.
  private static final double TIE_BREAKER = 0.3;

  private QueryTranslator() {}

  static Query translate(UserQuery query) {
    return translate(query, Map.of());
  }

  /**
   * As {@link #translate(UserQuery)}, where a word or phrase that names a known entity also finds
   * every article filed under that entity, whatever spelling the article used.
   *
   * @param entities for a term's text, the filters of the entities it names
   */
  static Query translate(UserQuery query, Map<String, List<Query>> entities) {
    if (query.isEmpty()) {
      return Query.of(q -> q.matchAll(all -> all));
    }
    // Clauses are added one by one: an empty list would still be sent, as "must": [].
    // A bool with only must_not clauses matches every other article.
    return Query.of(
        q ->
            q.bool(
                b -> {
                  query.required().forEach(clause -> b.must(clause(clause, entities)));
                  query.excluded().forEach(term -> b.mustNot(term(term, entities)));
                  return b;
                }));
  }

  private static Query clause(Clause clause, Map<String, List<Query>> entities) {
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

  private static Query term(Term term, Map<String, List<Query>> entities) {
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

  /** The texts whose entities are worth looking up: words and phrases long enough to be names. */
  static List<String> nameCandidates(UserQuery query) {
    List<Term> terms = new ArrayList<>(query.excluded());
    for (Clause clause : query.required()) {
      if (clause instanceof AnyOf group) {
        terms.addAll(group.alternatives());
      } else {
        terms.add((Term) clause);
      }
    }
    return terms.stream()
        .filter(t -> !(t instanceof Prefix))
        .map(Term::text)
        .filter(t -> t.codePointCount(0, t.length()) >= 4)
        .distinct()
        .limit(MAX_NAME_LOOKUPS)
        .toList();
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

  private static Query multiMatch(
      String text,
      List<String> fields,
      Function<MultiMatchQuery.Builder, ObjectBuilder<MultiMatchQuery>> options) {
    return Query.of(
        q ->
            q.multiMatch(m -> options.apply(m.query(text).fields(fields).tieBreaker(TIE_BREAKER))));
  }
}
