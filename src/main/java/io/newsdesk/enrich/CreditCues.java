package io.newsdesk.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the credits in a line of text: photo credits, bylines, copyright lines. A person named in a
 * credit is credited, not written about. Pure and thread-safe.
 *
 * <p>A credit is:
 *
 * <ul>
 *   <li>from a label such as "Photograph:", "Photo:", "Picture:", "Credit:", "Source:" to the end
 *       of the line;
 *   <li>from "©" or "Copyright" (before a capital, a year or "©") to the end of the line;
 *   <li>from "Photo by", "Picture by", "Reporting by", "Editing by" ... to the end of the line;
 *   <li>a whole line that is a byline: "By" and names only ("By Vafa Guliyeva", "By Jane Doe and
 *       John Roe in Kyiv");
 *   <li>a name joined to an agency by a slash or "via" ("Roberto Schmidt/AFP via Getty Images", "AP
 *       Photo/Evan Vucci"): from the start of that clause to the end of the line, when little
 *       follows; the agency in "(AFP)" alone;
 *   <li>in a caption, a short tail of capitalised words after its last full stop ("... in the White
 *       House today. PA").
 * </ul>
 */
public final class CreditCues {

  private static final Pattern LABEL =
      Pattern.compile(
          "\\b(?:Photo(?:graph)?s?|Pictures?|Pic|Images?|Illustrations?|Graphics?"
              + "|(?:Photo |Image |Picture )?Credits?|Sources?)\\s*:",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern COPYRIGHT = Pattern.compile("©|\\bCopyright\\s+(?=[\\p{Lu}\\d©])");
  private static final Pattern BY_CUE =
      Pattern.compile(
          "\\b(?:(?:Photo(?:graph)?s?|Pictures?|Images?|Illustrations?|Videos?)\\s+(?:by|courtesy of)"
              + "|(?:Additional\\s+)?[Rr]eporting\\s+by|[Ee]diting\\s+by|[Ww]riting\\s+by"
              + "|[Cc]ompiled\\s+by)\\b");
  private static final Pattern BYLINE_START =
      Pattern.compile(
          "^\\s*(?:By|BY|Written by|Words by|Text by|Report by|Reported by|Interview by)\\s+(?=\\p{Lu})");
  private static final Set<String> CONNECTORS =
      Set.of("and", "in", "for", "of", "the", "via", "at", "de", "van", "von", "der", "da", "di");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.\\-]*");
  private static final Pattern CLAUSE_END = Pattern.compile("[.!?:;|—–]\\s|\\s[-|]\\s");

  private final Pattern agencyAnchor;
  private final Pattern parenthesisedAgency;

  public CreditCues(Gazetteer gazetteer) {
    List<String> names = new ArrayList<>();
    for (Gazetteer.Agency a : gazetteer.agencies()) {
      names.addAll(a.names());
    }
    names.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alt = new StringBuilder();
    for (String n : names) {
      if (alt.length() > 0) {
        alt.append('|');
      }
      alt.append(Pattern.quote(n));
    }
    String agency = "(?:" + alt + ")";
    // Name/AGENCY, AGENCY/Name, AGENCY Photo/Name, "via AGENCY"
    this.agencyAnchor =
        Pattern.compile(
            "(?:/\\s*"
                + agency
                + "\\b|\\b"
                + agency
                + "(?:\\s+Photos?)?\\s*/|\\bvia\\s+"
                + agency
                + "\\b)");
    this.parenthesisedAgency = Pattern.compile("\\(\\s*" + agency + "\\s*\\)");
  }

  /** The credits in one line (no line breaks), as sorted, non-overlapping spans. */
  public List<Span> find(String line, boolean caption) {
    List<Span> spans = new ArrayList<>();
    int n = line.length();
    if (isByline(line)) {
      spans.add(new Span(0, n));
      return spans;
    }
    firstToEnd(LABEL.matcher(line), n, spans);
    firstToEnd(COPYRIGHT.matcher(line), n, spans);
    firstToEnd(BY_CUE.matcher(line), n, spans);
    Matcher m = agencyAnchor.matcher(line);
    while (m.find()) {
      int start = clauseStart(line, m.start());
      int wordsAfter = countWords(line.substring(m.end()));
      if (wordsAfter <= 8) {
        spans.add(new Span(start, n));
      } else {
        spans.add(
            new Span(capitalisedBefore(line, m.start(), start), capitalisedAfter(line, m.end())));
      }
    }
    Matcher p = parenthesisedAgency.matcher(line);
    while (p.find()) {
      spans.add(new Span(p.start(), p.end()));
    }
    if (caption) {
      trailingCredit(line).ifPresent(spans::add);
    }
    return merge(spans);
  }

  /** Whether the offsets lie in one of the spans. */
  public static boolean within(List<Span> spans, int begin, int end) {
    for (Span s : spans) {
      if (s.contains(begin, end)) {
        return true;
      }
    }
    return false;
  }

  private static void firstToEnd(Matcher m, int n, List<Span> spans) {
    if (m.find()) {
      spans.add(new Span(m.start(), n));
    }
  }

  private static boolean isByline(String line) {
    Matcher m = BYLINE_START.matcher(line);
    if (!m.find()) {
      return false;
    }
    String rest = line.substring(m.end()).strip();
    if (rest.endsWith(".") && !rest.matches(".*\\b\\p{Lu}\\.$")) {
      return false;
    }
    return onlyNames(rest, 12);
  }

  /** Whether the text is at most maxWords words, all capitalised except connectors. */
  private static boolean onlyNames(String text, int maxWords) {
    Matcher w = WORD.matcher(text);
    int words = 0;
    while (w.find()) {
      String word = w.group();
      words++;
      if (words > maxWords) {
        return false;
      }
      if (!Character.isUpperCase(word.codePointAt(0))
          && !Character.isDigit(word.codePointAt(0))
          && !CONNECTORS.contains(word)) {
        return false;
      }
    }
    return words > 0;
  }

  private static int countWords(String text) {
    Matcher w = WORD.matcher(text);
    int words = 0;
    while (w.find()) {
      words++;
    }
    return words;
  }

  /** Start of the run of at most four capitalised words that ends at {@code at}. */
  private static int capitalisedBefore(String line, int at, int floor) {
    int begin = at;
    int words = 0;
    int i = at;
    while (words < 4) {
      while (i > floor && Character.isWhitespace(line.charAt(i - 1))) {
        i--;
      }
      int end = i;
      while (i > floor
          && !Character.isWhitespace(line.charAt(i - 1))
          && line.charAt(i - 1) != '/') {
        i--;
      }
      if (i == end || !Character.isUpperCase(line.charAt(i))) {
        break;
      }
      begin = i;
      words++;
    }
    return begin;
  }

  /** End of the run of at most four capitalised words that starts at {@code at}. */
  private static int capitalisedAfter(String line, int at) {
    int end = at;
    int words = 0;
    int i = at;
    while (words < 4) {
      while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      int begin = i;
      while (i < line.length()
          && !Character.isWhitespace(line.charAt(i))
          && line.charAt(i) != '/') {
        i++;
      }
      if (i == begin || !Character.isUpperCase(line.charAt(begin))) {
        break;
      }
      end = i;
      words++;
    }
    return end;
  }

  private static int clauseStart(String line, int anchor) {
    Matcher m = CLAUSE_END.matcher(line);
    int start = 0;
    while (m.find() && m.end() <= anchor) {
      start = m.end();
    }
    while (start < anchor && Character.isWhitespace(line.charAt(start))) {
      start++;
    }
    return start;
  }

  private static java.util.Optional<Span> trailingCredit(String line) {
    String trimmed = line.stripTrailing();
    int last = -1;
    for (int i = trimmed.length() - 2; i >= 0; i--) {
      char c = trimmed.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == '|')
          && Character.isWhitespace(trimmed.charAt(i + 1))) {
        last = i + 1;
        break;
      }
    }
    if (last < 0) {
      return java.util.Optional.empty();
    }
    String tail = trimmed.substring(last);
    if (tail.isBlank() || !onlyNames(tail.replace('/', ' '), 6)) {
      return java.util.Optional.empty();
    }
    int start = last;
    while (start < trimmed.length() && Character.isWhitespace(trimmed.charAt(start))) {
      start++;
    }
    return java.util.Optional.of(new Span(start, trimmed.length()));
  }

  private static List<Span> merge(List<Span> spans) {
    spans.sort(Comparator.comparingInt(Span::begin));
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      if (!out.isEmpty() && out.get(out.size() - 1).end() >= s.begin()) {
        Span last = out.remove(out.size() - 1);
        out.add(new Span(last.begin(), Math.max(last.end(), s.end())));
      } else {
        out.add(s);
      }
    }
    return out;
  }
}
