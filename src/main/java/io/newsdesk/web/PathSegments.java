package io.newsdesk.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Encodes one path segment: URLEncoder's "+" means a space only in query strings. */
final class PathSegments {

  private PathSegments() {}

  static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
