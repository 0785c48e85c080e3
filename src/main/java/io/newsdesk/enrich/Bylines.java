package io.newsdesk.enrich;

import io.newsdesk.article.ArticleDraft;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the writers' names in a byline line ("By Vafa Guliyeva", "By Jane Doe and John Roe in
 * Paris", "Reporting by Jane Doe; Editing by John Roe"). An agency named as the author is a credit,
 * not a byline.
 */
final class Bylines {

  private static final String NAME =
      "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:de|da|del|della|di|du|van|von|der|den|la|le|bin|al|ibn)\\s+)*"
          + "\\p{Lu}[\\p{L}'’.-]*){0,3}";
  private static final String NAMES = NAME + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*";
  private static final Pattern BY =
      Pattern.compile(
          "^(?:By|BY|Written by|Words by|Text by)\\s+("
              + NAMES
              + ")(?:\\s*(?:,|\\bin\\b|–|—|\\|)\\s*([^.]{2,60}))?$");
  private static final Pattern TRAILING_AGENCY =
      Pattern.compile(",\\s*(" + WireAgencies.ANY + ")$");
  private static final Pattern REPORTING =
      Pattern.compile("^(?i:reporting by)\\s+(" + NAMES + ")\\s*(?:[;.]|$)");

  private Bylines() {}

  static Optional<String> find(ArticleDraft draft) {
    return NoticeLines.of(draft)
        .map(Bylines::names)
        .flatMap(Optional::stream)
        .filter(names -> WireAgencies.named(names).isEmpty())
        .findFirst();
  }

  /** The agency a byline names beside or instead of a writer: "By Jane Doe, Reuters". */
  static Optional<String> agency(String line) {
    Matcher m = BY.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    Matcher trailing = TRAILING_AGENCY.matcher(m.group(1));
    return WireAgencies.named(m.group(1))
        .or(() -> trailing.find() ? WireAgencies.named(trailing.group(1)) : Optional.empty())
        .or(() -> Optional.ofNullable(m.group(2)).flatMap(WireAgencies::named));
  }

  private static Optional<String> names(String line) {
    Matcher by = BY.matcher(line);
    if (by.matches()) {
      return Optional.of(TRAILING_AGENCY.matcher(by.group(1)).replaceFirst("").strip());
    }
    Matcher reporting = REPORTING.matcher(line);
    return reporting.find() ? Optional.of(reporting.group(1).strip()) : Optional.empty();
  }
}
