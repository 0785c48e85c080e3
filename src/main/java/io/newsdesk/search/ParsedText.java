package io.newsdesk.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;
import java.util.Map;

/** The text part of a search as an Elasticsearch query, with notices for the reader. */
record ParsedText(Query query, List<String> notices) {

  static ParsedText of(String text) {
    UserQuery parsed = QueryParser.parse(text);
    return new ParsedText(QueryTranslator.translate(parsed), parsed.notices());
  }

  /** With every spelling of the entities the text names. */
  static ParsedText of(String text, EntityNames names) {
    UserQuery parsed = QueryParser.parse(text);
    List<String> candidates = QueryTranslator.nameCandidates(parsed);
    Map<String, List<Query>> entities = candidates.isEmpty() ? Map.of() : names.lookup(candidates);
    return new ParsedText(QueryTranslator.translate(parsed, entities), parsed.notices());
  }
}
