package io.newsdesk.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The text part of a search as an Elasticsearch query, with notices for the reader.
 *
 * @param asTyped every clause as typed, when there are any: what a spelling correction must beat
 */
record ParsedText(Query query, List<String> notices, Optional<Query> asTyped) {

  /** By words alone. */
  static ParsedText of(String text) {
    UserQuery parsed = QueryParser.parse(text);
    return new ParsedText(
        QueryTranslator.translate(parsed), parsed.notices(), QueryTranslator.asTyped(parsed));
  }

  /** With every spelling of the entities the text names. */
  static ParsedText of(String text, EntityNames names) {
    return of(text, names, t -> Optional.empty());
  }

  /**
   * With every spelling of the entities the text names and, for free words, the articles that mean
   * the same (the text's embedding from {@code embed}, when there is one).
   */
  static ParsedText of(String text, EntityNames names, Function<String, Optional<float[]>> embed) {
    UserQuery parsed = QueryParser.parse(text);
    List<String> candidates = QueryTranslator.nameCandidates(parsed);
    Map<String, List<Query>> entities = candidates.isEmpty() ? Map.of() : names.lookup(candidates);
    QueryTranslator.Parts parts = QueryTranslator.parts(parsed, entities);
    Optional<float[]> vector =
        QueryTranslator.searchedByMeaning(parsed)
            ? embed.apply(QueryTranslator.meaningText(parsed))
            : Optional.empty();
    Query query =
        vector
            .map(v -> parts.orAlso(List.of(MeaningQuery.of(v, parsed.required().size()))))
            .orElseGet(parts::query);
    return new ParsedText(query, parsed.notices(), QueryTranslator.asTyped(parsed));
  }
}
