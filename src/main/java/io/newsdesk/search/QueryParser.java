package io.newsdesk.search;

import io.newsdesk.search.QueryLexer.Token;
import io.newsdesk.search.UserQuery.AnyOf;
import io.newsdesk.search.UserQuery.Clause;
import io.newsdesk.search.UserQuery.Phrase;
import io.newsdesk.search.UserQuery.Prefix;
import io.newsdesk.search.UserQuery.Term;
import io.newsdesk.search.UserQuery.Word;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads whatever was typed into the search box. It never throws: what it cannot use it drops or
 * reads literally, and says so in the query's notices.
 *
 * <p>Words are all required; {@code "..."} is a phrase; a leading {@code -} leaves a word or phrase
 * out; a trailing {@code *} searches by prefix; uppercase {@code OR} joins neighbouring terms, and
 * binds tighter than the implied AND, so {@code a b OR c} means a and (b or c).
 */
final class QueryParser {

  static final int MAX_TERMS = 64;

  static final String UNREADABLE = "Invisible or unreadable characters were removed";
  static final String UNBALANCED_QUOTE =
      "A quote was not closed, so the phrase was taken to run to the end of the query";
  static final String STRAY_QUOTE = "Unbalanced quote ignored";
  static final String EMPTY_QUOTES = "Empty quotes were ignored";
  static final String LONE_STAR =
      "A lone “*” was ignored: put it at the end of a word to find words starting with it";
  static final String PUNCTUATION = "Punctuation on its own was ignored";
  static final String DANGLING_OR = "“OR” needs a term on each side, so it was ignored";
  static final String DANGLING_AND = "“AND” needs a term on each side, so it was ignored";
  static final String OR_WITH_EXCLUSION = "“OR” cannot join a left-out term, so it was ignored";
  static final String TRUNCATED = "Query shortened to the first " + MAX_TERMS + " terms";

  private final Set<String> notices = new LinkedHashSet<>();
  private final List<Clause> required = new ArrayList<>();
  private final List<Term> excluded = new ArrayList<>();
  private int termsLeft = MAX_TERMS;
  private String pendingOperator;
  private boolean lastTermExcluded;

  private QueryParser() {}

  static UserQuery parse(String input) {
    QueryParser parser = new QueryParser();
    String text = parser.clean(input == null ? "" : input);
    parser.read(new QueryLexer(text, parser.notices));
    return new UserQuery(parser.required, parser.excluded, List.copyOf(parser.notices));
  }

  /** Strips control characters and lone surrogate halves; turns every kind of space into ' '. */
  private String clean(String input) {
    StringBuilder out = new StringBuilder(input.length());
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < input.length()
          && Character.isLowSurrogate(input.charAt(i + 1))) {
        out.append(c).append(input.charAt(++i));
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        out.append(' ');
      } else if (Character.isISOControl(c) || Character.isSurrogate(c)) {
        notices.add(UNREADABLE);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private void read(QueryLexer lexer) {
    for (Token token = lexer.next(); token != null; token = lexer.next()) {
      if (!token.quoted() && !token.negated() && isOperator(token.text())) {
        operator(token.text());
      } else if (!take(token)) {
        return;
      }
    }
    if (pendingOperator != null) {
      notices.add(dangling(pendingOperator));
    }
  }

  private static boolean isOperator(String text) {
    return text.equals("OR") || text.equals("AND");
  }

  private void operator(String operator) {
    boolean termBefore = !required.isEmpty() || !excluded.isEmpty();
    if (pendingOperator != null || !termBefore) {
      notices.add(dangling(operator));
    } else {
      pendingOperator = operator;
    }
  }

  private static String dangling(String operator) {
    return operator.equals("OR") ? DANGLING_OR : DANGLING_AND;
  }

  /** Adds the token's term, if it has anything to search; false once the term cap is reached. */
  private boolean take(Token token) {
    String text = token.text();
    Function<String, Term> kind = Word::new;
    if (token.quoted()) {
      text = text.strip().replaceAll(" {2,}", " ");
      kind = Phrase::new;
    } else if (text.endsWith("*")) {
      int end = text.length();
      while (end > 0 && text.charAt(end - 1) == '*') {
        end--;
      }
      text = text.substring(0, end);
      kind = Prefix::new;
    }
    List<Integer> ends = termEnds(text);
    if (ends.isEmpty()) {
      notices.add(whyIgnored(token, text));
      return true;
    }
    if (termsLeft == 0) {
      notices.add(TRUNCATED);
      return false;
    }
    if (!token.closed()) {
      notices.add(UNBALANCED_QUOTE);
    }
    boolean fits = ends.size() <= termsLeft;
    if (!fits) {
      text = text.substring(0, ends.get(termsLeft - 1));
    }
    termsLeft -= Math.min(ends.size(), termsLeft);
    add(kind.apply(text), token.negated());
    if (!fits) {
      notices.add(TRUNCATED);
    }
    return fits;
  }

  private static String whyIgnored(Token token, String text) {
    if (token.quoted()) {
      return token.closed() ? EMPTY_QUOTES : STRAY_QUOTE;
    }
    return text.isEmpty() ? LONE_STAR : PUNCTUATION;
  }

  private void add(Term term, boolean negated) {
    boolean joinsOr = "OR".equals(pendingOperator);
    pendingOperator = null;
    if (joinsOr && (negated || lastTermExcluded)) {
      notices.add(OR_WITH_EXCLUSION);
      joinsOr = false;
    }
    lastTermExcluded = negated;
    if (negated) {
      excluded.add(term);
    } else if (joinsOr) {
      int last = required.size() - 1;
      required.set(last, joined(required.get(last), term));
    } else {
      required.add(term);
    }
  }

  private static AnyOf joined(Clause left, Term right) {
    List<Term> alternatives = new ArrayList<>();
    if (left instanceof AnyOf group) {
      alternatives.addAll(group.alternatives());
    } else {
      alternatives.add((Term) left);
    }
    alternatives.add(right);
    return new AnyOf(alternatives);
  }

  /**
   * Where each term in the text ends, counting terms roughly as the index's standard tokenizer
   * does: a run of letters and digits (with their combining marks) is one term, each ideograph,
   * hiragana or emoji is one on its own. Counting this way, rather than by spaces, keeps the number
   * of clauses Elasticsearch builds bounded, which is what the term cap is for.
   */
  private static List<Integer> termEnds(String text) {
    List<Integer> ends = new ArrayList<>();
    boolean inRun = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (standsAlone(cp)) {
        ends.add(next);
        inRun = false;
      } else if (inRun && (Character.isLetterOrDigit(cp) || isMark(cp))) {
        ends.set(ends.size() - 1, next);
      } else if (Character.isLetterOrDigit(cp)) {
        ends.add(next);
        inRun = true;
      } else {
        inRun = false;
      }
      i = next;
    }
    return ends;
  }

  private static boolean standsAlone(int cp) {
    return Character.isIdeographic(cp)
        || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
        || Character.getType(cp) == Character.OTHER_SYMBOL;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
