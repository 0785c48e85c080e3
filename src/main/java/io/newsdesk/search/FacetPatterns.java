package io.newsdesk.search;

/**
 * Case-insensitive Lucene regular expressions over keyword values, for typeahead and for searching
 * within a facet's values (terms aggregations have no case-insensitive include).
 */
final class FacetPatterns {

  private FacetPatterns() {}

  static String startingWith(String text) {
    return caseless(text) + ".*";
  }

  static String containing(String text) {
    return ".*" + caseless(text) + ".*";
  }

  private static String caseless(String text) {
    StringBuilder pattern = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              int lower = Character.toLowerCase(c);
              int upper = Character.toUpperCase(c);
              if (Character.isLetter(c) && lower != upper) {
                pattern.append('[').appendCodePoint(lower).appendCodePoint(upper).append(']');
              } else if (Character.isLetterOrDigit(c) || c == ' ') {
                pattern.appendCodePoint(c);
              } else {
                // Every other character is escaped: a typed "(" or "\" must not be syntax.
                pattern.append('\\').appendCodePoint(c);
              }
            });
    return pattern.toString();
  }
}
