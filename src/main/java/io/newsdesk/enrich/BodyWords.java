package io.newsdesk.enrich;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an article writes its words outside its headings, which in lowercase and which capitalised. A
 * heading in title case (the headline, "Evergrande's Fall from Grace" as a subheading) capitalises
 * every long word; the running text tells the names from the ordinary words. Immutable.
 */
final class BodyWords {

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final int HEADING_MAX_WORDS = 12;

  private final DocumentText doc;
  private final Set<DocumentText.Line> headings;
  private final Set<String> lowercase;
  private final Set<String> capitalised;

  private BodyWords(
      DocumentText doc,
      Set<DocumentText.Line> headings,
      Set<String> lowercase,
      Set<String> capitalised) {
    this.doc = doc;
    this.headings = headings;
    this.lowercase = lowercase;
    this.capitalised = capitalised;
  }

  /** The words of every line that is no heading. */
  static BodyWords of(DocumentText doc) {
    Set<DocumentText.Line> headings = new HashSet<>();
    Set<String> lower = new HashSet<>();
    Set<String> upper = new HashSet<>();
    for (DocumentText.Line line : doc.lines()) {
      if (line.part() == TextPart.TITLE || isTitleCase(line.text())) {
        headings.add(line);
        continue;
      }
      Matcher m = WORD.matcher(line.text());
      while (m.find()) {
        String w = m.group();
        (Character.isLowerCase(w.charAt(0)) ? lower : upper).add(w.toLowerCase(Locale.ROOT));
      }
    }
    return new BodyWords(doc, headings, lower, upper);
  }

  /** Whether the mention is in a heading. */
  boolean inHeading(Mention o) {
    DocumentText.Line line = doc.lineOf(o.part, o.partIndex, o.begin);
    return line != null && headings.contains(line);
  }

  /** Whether the body writes this word, and only in lowercase: an ordinary word, not a name. */
  boolean onlyLowercase(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return lowercase.contains(w) && !capitalised.contains(w);
  }

  /**
   * A short line, no sentence, whose words of five letters or more are all capitalised ("from" and
   * "with" may not be).
   */
  private static boolean isTitleCase(String line) {
    String s = line.strip();
    if (s.isEmpty() || ".!?:\"”’".indexOf(s.charAt(s.length() - 1)) >= 0) {
      return false;
    }
    int words = 0;
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      words++;
      String w = m.group();
      if (w.length() >= 5 && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return words >= 2 && words <= HEADING_MAX_WORDS;
  }
}
