package io.newsdesk.search;

import java.util.Set;

/**
 * Splits cleaned search-box text into tokens: bare words and quoted runs, each maybe preceded by a
 * minus. Expects control characters already gone and every space turned into {@code ' '}.
 */
final class QueryLexer {

  static final String LONE_MINUS =
      "A lone “-” was ignored: put it right before a word to leave that word out";
  static final String BRACKETS = "Brackets were ignored: they do not group terms here";

  // Typing apps turn " into curly quotes, so any of these opens or closes a phrase.
  private static final String QUOTES = "\"“”„";
  private static final String BRACKET_CHARS = "()[]{}";

  /**
   * @param closed false when a quoted run reached the end of the input without its closing quote
   */
  record Token(String text, boolean quoted, boolean negated, boolean closed) {}

  private final String text;
  private final Set<String> notices;
  private int pos;

  QueryLexer(String text, Set<String> notices) {
    this.text = text;
    this.notices = notices;
  }

  /** The next token, or null at the end of the input. */
  Token next() {
    while (true) {
      skipSeparators();
      if (pos >= text.length()) {
        return null;
      }
      boolean negated = text.charAt(pos) == '-';
      if (negated) {
        pos++;
        if (atSeparatorOrEnd()) {
          notices.add(LONE_MINUS);
          continue;
        }
      }
      return QUOTES.indexOf(text.charAt(pos)) >= 0 ? quoted(negated) : bare(negated);
    }
  }

  private Token quoted(boolean negated) {
    int start = ++pos;
    while (pos < text.length() && QUOTES.indexOf(text.charAt(pos)) < 0) {
      pos++;
    }
    boolean closed = pos < text.length();
    Token token = new Token(text.substring(start, pos), true, negated, closed);
    if (closed) {
      pos++;
    }
    return token;
  }

  // A quote inside a bare word (5'10") is part of the word, not the start of a phrase.
  private Token bare(boolean negated) {
    int start = pos;
    while (!atSeparatorOrEnd()) {
      pos++;
    }
    return new Token(text.substring(start, pos), false, negated, true);
  }

  private void skipSeparators() {
    while (pos < text.length() && isSeparator(text.charAt(pos))) {
      if (text.charAt(pos) != ' ') {
        notices.add(BRACKETS);
      }
      pos++;
    }
  }

  private boolean atSeparatorOrEnd() {
    return pos >= text.length() || isSeparator(text.charAt(pos));
  }

  // Surrogate halves are never separators or quotes, so walking chars never splits a pair.
  private static boolean isSeparator(char c) {
    return c == ' ' || BRACKET_CHARS.indexOf(c) >= 0;
  }
}
