package io.newsdesk.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines about an article rather than of it: date and update stamps, bylines, copyright and agency
 * credits. They leave the body but are kept, since enrichment reads its metadata from them.
 */
final class Notices {

  private static final String MONTH =
      "(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String WEEKDAY =
      "(?:(?i:Mon|Tue(?:s)?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?i:day)?\\.?,?\\s+)?";
  private static final String DAY_MONTH =
      "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + "|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?)";
  private static final String YEAR = "(?:19|20)\\d{2}";
  private static final String ISO_DATE =
      "\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?";
  private static final String NUMERIC_DATE = "\\d{1,2}[./]\\d{1,2}[./](?:\\d{4}|\\d{2})";
  private static final String DATE =
      "(?:"
          + ISO_DATE
          + "|"
          + WEEKDAY
          + DAY_MONTH
          + "(?:,?\\s+"
          + YEAR
          + ")?|"
          + NUMERIC_DATE
          + ")";
  private static final String DATE_WITH_YEAR =
      "(?:" + ISO_DATE + "|" + WEEKDAY + DAY_MONTH + ",?\\s+" + YEAR + "|" + NUMERIC_DATE + ")";
  private static final String TIME =
      "(?:\\s*(?:,|at|-|–|\\|)?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?"
          + "(?:\\s+[A-Z]{2,5}(?:[+-]\\d{1,2})?)?)?";
  private static final String STAMP_WORD =
      "(?i:dated?|(?:first )?published|(?:last )?updated?|posted|(?:last )?modified)"
          + "(?:\\s+(?:on|at))?";

  private static final Pattern STAMP_LINE =
      Pattern.compile("^(?:" + STAMP_WORD + "\\s*[:|]?\\s*)?" + DATE + TIME + "$");
  // A stamp run into the next line is split off only when it is unmistakable; the date is
  // matched whole (atomic groups), so a stamp is never cut before its year.
  private static final Pattern LEADING_STAMP =
      Pattern.compile(
          "^"
              + STAMP_WORD
              + "(?>\\s*[:|]\\s*"
              + DATE
              + "|\\s+"
              + DATE_WITH_YEAR
              + ")(?>"
              + TIME
              + ")\\s+(?=\\S)");

  private static final String NAME =
      "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:de|da|del|della|di|du|van|von|der|den|la|le|bin|al|ibn)\\s+)*"
          + "\\p{Lu}[\\p{L}'’.-]*){0,3}";
  private static final List<Pattern> WHOLE_LINE =
      List.of(
          Pattern.compile(
              "^(?:By|BY|Written by|Words by|Text by)\\s+"
                  + NAME
                  + "(?:\\s*(?:,|and|&)\\s*"
                  + NAME
                  + ")*(?:\\s*(?:,|\\bin\\b|–|—|\\|)\\s*[^.]{2,60})?$"),
          Pattern.compile(
              "^(?:Additional )?(?:reporting|writing|editing) by\\b.{2,200}$",
              Pattern.CASE_INSENSITIVE),
          Pattern.compile("^.{2,80}\\bcontributed to this report\\.?$", Pattern.CASE_INSENSITIVE),
          Pattern.compile("^[–—-]?\\s*\\(?(?:with\\s+)?" + Agencies.NAMES + "\\)?\\.?$"),
          Pattern.compile("^[–—-]?\\s*\\(?with agencies\\)?\\.?$", Pattern.CASE_INSENSITIVE),
          Pattern.compile("^all rights reserved\\.?$", Pattern.CASE_INSENSITIVE));

  private static final Pattern COPYRIGHT_LINE =
      Pattern.compile("^(?:©|\\(c\\)|copyright\\b).{1,200}$", Pattern.CASE_INSENSITIVE);
  private static final Pattern GLUED_COPYRIGHT =
      Pattern.compile(
          "(?:(?<=[.!?”\"’)\\]])\\s*|\\s+)(?:[–—-]\\s*)?(?:©|Copyright\\b)\\s*[^©]{2,100}?"
              + "(?:"
              + YEAR
              + "|[Aa]ll rights reserved)\\.?\\s*$");

  private Notices() {}

  /** A stamp, byline, copyright or credit line: not text, but worth keeping. */
  static boolean isNotice(String line) {
    if (STAMP_LINE.matcher(line).matches()
        || (COPYRIGHT_LINE.matcher(line).matches() && !PhotoCaption.hasPhotoCredit(line))) {
      return true;
    }
    return WHOLE_LINE.stream().anyMatch(p -> p.matcher(line).matches());
  }

  /** A date stamp run into the line after it, as {@code date 2025-02-25 Emmanuel Macron ...}. */
  static Optional<Split> leadingStamp(String line) {
    Matcher m = LEADING_STAMP.matcher(line);
    return m.find()
        ? Optional.of(new Split(line.substring(m.end()), m.group().strip()))
        : Optional.empty();
  }

  /** A copyright line glued to the end of a paragraph, as {@code ... – Copyright X 2025}. */
  static Optional<Split> trailingCopyright(String paragraph) {
    Matcher m = GLUED_COPYRIGHT.matcher(paragraph);
    if (!m.find() || m.start() == 0) {
      return Optional.empty();
    }
    String copyright = m.group().strip().replaceFirst("^[–—-]\\s*", "");
    return Optional.of(new Split(paragraph.substring(0, m.start()).strip(), copyright));
  }

  /**
   * A line cut in two.
   *
   * @param rest what stays to be sorted further
   * @param notice the part that is a notice
   */
  record Split(String rest, String notice) {}
}
