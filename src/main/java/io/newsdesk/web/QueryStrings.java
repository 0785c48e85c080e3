package io.newsdesk.web;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads a search kept in a form as a query string (what {@link SearchLinks#parameters} writes), so
 * the save and update forms need one hidden field however many filters a search has.
 */
final class QueryStrings {

  private QueryStrings() {}

  static MultivaluedMap<String, String> parse(String queryString) {
    MultivaluedMap<String, String> parameters = new MultivaluedHashMap<>();
    if (queryString == null || queryString.isBlank()) {
      return parameters;
    }
    for (String pair : queryString.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      parameters.add(decode(name), decode(value));
    }
    return parameters;
  }

  private static String decode(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      throw new BadParameterException("query", "The saved query is not a valid query string.");
    }
  }
}
