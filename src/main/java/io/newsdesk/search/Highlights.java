package io.newsdesk.search;

import java.util.List;

/**
 * Elasticsearch marks matches with two private-use characters and leaves the text as it is; this
 * escapes the whole fragment here and only then turns the markers into {@code <mark>} tags, so no
 * character of an article can ever become markup.
 */
final class Highlights {

  static final String PRE = "\uE000";
  static final String POST = "\uE001";

  private Highlights() {}

  static String toHtml(String fragment) {
    StringBuilder html = new StringBuilder(fragment.length() + 32);
    for (int i = 0; i < fragment.length(); i++) {
      char c = fragment.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        case '\uE000' -> html.append("<mark>");
        case '\uE001' -> html.append("</mark>");
        default -> html.append(c);
      }
    }
    return html.toString();
  }

  static List<String> toHtml(List<String> fragments) {
    return fragments.stream().map(Highlights::toHtml).toList();
  }

  static String escape(String text) {
    return toHtml(text.replace(PRE, "").replace(POST, ""));
  }
}
