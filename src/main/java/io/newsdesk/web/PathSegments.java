package io.newsdesk.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Encodes one path segment: URLEncoder's "+" means a space only in query strings. */
final class PathSegments {

  private PathSegments() {}

  static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** An article's page, with the reader's query to mark when there is one. */
  static String articleUrl(String id, String queryText) {
    return "/articles/"
        + encode(id)
        + (queryText == null || queryText.isBlank()
            ? ""
            : "?q=" + URLEncoder.encode(queryText, StandardCharsets.UTF_8));
  }
}
