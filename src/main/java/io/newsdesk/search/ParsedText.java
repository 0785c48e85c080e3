package io.newsdesk.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;

/** The text part of a search as an Elasticsearch query, with notices for the reader. */
record ParsedText(Query query, List<String> notices) {

  static ParsedText of(String text) {
    if (text == null || text.isBlank()) {
      return new ParsedText(Query.of(q -> q.matchAll(m -> m)), List.of());
    }
    return new ParsedText(
        Query.of(
            q ->
                q.simpleQueryString(
                    s ->
                        s.query(text)
                            .fields(
                                "title^3", "title.exact^3", "body", "body.exact", "entity_names^2")
                            .defaultOperator(Operator.And))),
        List.of());
  }
}
