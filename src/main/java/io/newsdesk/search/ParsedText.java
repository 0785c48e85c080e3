package io.newsdesk.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;

/** The text part of a search as an Elasticsearch query, with notices for the reader. */
record ParsedText(Query query, List<String> notices) {

  static ParsedText of(String text) {
    UserQuery parsed = QueryParser.parse(text);
    return new ParsedText(QueryTranslator.translate(parsed), parsed.notices());
  }
}
