package io.newsdesk.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import io.newsdesk.search.UserQuery.AnyOf;
import io.newsdesk.search.UserQuery.Clause;
import io.newsdesk.search.UserQuery.Phrase;
import io.newsdesk.search.UserQuery.Prefix;
import io.newsdesk.search.UserQuery.Term;
import io.newsdesk.search.UserQuery.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a parsed search-box query into Elasticsearch queries over the article index, graded rather
 * than all-or-nothing: an article needs most of the query's clauses ({@link #needed}), one with all
 * of them scores about twice as high, and one with the words side by side higher still.
 *
 * <p>Each clause is a query of its own, so the words of a query may be spread over the fields: one
 * in the title, another only among the entity names. A single multi_match would want every word in
 * the same field, and combined_fields cannot mix fields with different analyzers, as these have.
 * The query of one clause, with the typing errors it forgives, is {@link ClauseQueries}'s.
 */
final class QueryTranslator {

  /** Name lookups per query: a query of many words still costs one small request. */
  static final int MAX_NAME_LOOKUPS = 8;

  /** Longer runs of words are not also looked for side by side. */
  static final int MAX_PHRASE_WORDS = 8;

  // The words side by side mean them as typed: the unstemmed text fields.
  private static final List<String> PHRASE_FIELDS = List.of("title.exact^3", "body.exact");

  private QueryTranslator() {}

  /** The text's parts: what articles should match, and what none may. */
  record Parts(Optional<Query> words, List<Query> excluded) {

    /** The words, or every article when the text asks for none; exclusions applied. */
    Query query() {
      return Parts.combine(words, excluded, List.of());
    }

    /** The words or any of the other ways in (a search by meaning); exclusions apply to all. */
    Query orAlso(List<Query> alternatives) {
      return Parts.combine(words, excluded, alternatives);
    }

    private static Query combine(
        Optional<Query> words, List<Query> excluded, List<Query> alternatives) {
      if (words.isEmpty() && excluded.isEmpty()) {
        return Query.of(q -> q.matchAll(all -> all));
      }
      // A bool with only must_not clauses matches every other article.
      return Query.of(
          q ->
              q.bool(
                  b -> {
                    if (words.isPresent() && !alternatives.isEmpty()) {
                      b.should(words.get()).should(alternatives).minimumShouldMatch("1");
                    } else {
                      words.ifPresent(b::must);
                    }
                    excluded.forEach(b::mustNot);
                    return b;
                  }));
    }
  }

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
    return parts(query, entities).query();
  }

  static Parts parts(UserQuery query, Map<String, List<Query>> entities) {
    List<Query> excluded =
        query.excluded().stream().map(t -> ClauseQueries.term(t, entities)).toList();
    if (query.required().isEmpty()) {
      return new Parts(Optional.empty(), excluded);
    }
    List<Query> clauses = new ArrayList<>();
    // A quoted phrase is what the reader insists on: it is required, the other words are graded.
    List<Query> quoted = new ArrayList<>();
    List<Query> graded = new ArrayList<>();
    int last = query.required().size() - 1;
    for (int i = 0; i <= last; i++) {
      Query clause = ClauseQueries.forgiving(query.required().get(i), entities, i == last);
      clauses.add(clause);
      (query.required().get(i) instanceof Phrase ? quoted : graded).add(clause);
    }
    if (clauses.size() == 1) {
      return new Parts(Optional.of(clauses.get(0)), excluded);
    }
    Query words =
        Query.of(
            q ->
                q.bool(
                    b -> {
                      b.must(quoted).should(allWords(clauses));
                      if (!graded.isEmpty()) {
                        b.must(anyWords(graded));
                      }
                      phrase(query).ifPresent(b::should);
                      return b;
                    }));
    return new Parts(Optional.of(words), excluded);
  }

  /**
   * Every clause exactly as typed (no typing errors, no completion): how many articles have all of
   * them is what a correction of the spelling has to beat.
   */
  static Optional<Query> asTyped(UserQuery query) {
    if (query.required().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Query.of(
            q ->
                q.bool(
                    b -> {
                      query.required().forEach(c -> b.must(ClauseQueries.clause(c, Map.of())));
                      return b;
                    })));
  }

  /**
   * How many of a query's clauses an article needs: half, rounded up. Of two words one may be a
   * spelling no article uses ("Jennifer" for "Jenni"); the all-words clause still ranks the
   * articles with both first.
   */
  static int needed(int clauses) {
    return (clauses + 1) / 2;
  }

  private static Query anyWords(List<Query> clauses) {
    return Query.of(
        q ->
            q.bool(
                b ->
                    b.should(clauses)
                        .minimumShouldMatch(Integer.toString(needed(clauses.size())))
                        .queryName("words")));
  }

  // Scores a full match's clauses a second time: twice the score of an article with most words.
  private static Query allWords(List<Query> clauses) {
    return Query.of(q -> q.bool(b -> b.must(clauses).queryName("all_words")));
  }

  /** The query's plain words side by side, as a phrase with a little slop. */
  private static Optional<Query> phrase(UserQuery query) {
    List<String> words = new ArrayList<>();
    for (Clause clause : query.required()) {
      if (clause instanceof Word word) {
        words.add(word.text());
      }
    }
    if (words.size() < 2 || words.size() > MAX_PHRASE_WORDS) {
      return Optional.empty();
    }
    return Optional.of(
        ClauseQueries.multiMatch(
            String.join(" ", words),
            PHRASE_FIELDS,
            m -> m.type(TextQueryType.Phrase).slop(2).queryName("phrase")));
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

  /** What the query asks for in plain words: its required terms, for the search by meaning. */
  static String meaningText(UserQuery query) {
    List<String> texts = new ArrayList<>();
    for (Clause clause : query.required()) {
      if (clause instanceof AnyOf group) {
        group.alternatives().forEach(t -> texts.add(t.text()));
      } else {
        texts.add(((Term) clause).text());
      }
    }
    return String.join(" ", texts);
  }

  /**
   * True when the query has at least two free words and no quoted phrase (which asks for exactly
   * those words), the kind a search by meaning can help with. A single word is looked up as a word:
   * its embedding says too little, and an unknown token (a code, a typo of nothing) would otherwise
   * bring back whatever lies nearest to it.
   */
  static boolean searchedByMeaning(UserQuery query) {
    if (query.required().stream().anyMatch(c -> c instanceof Phrase)) {
      return false;
    }
    return query.required().stream().filter(c -> c instanceof Word).count() >= 2;
  }
}
