package io.newsdesk.enrich;

import io.newsdesk.article.ArticleDraft;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the wire agency a story is credited to: a copyright line ("© AFP 2025"), a dateline ("PARIS
 * (Reuters) -"), a sign-off line ("– AP"), a byline ("By Jane Doe, Reuters"). Photo credits in
 * captions name whoever took the picture, not the story's source, and are ignored.
 */
final class WireCredit {

  private static final List<Pattern> LINES =
      List.of(
          Pattern.compile("^[–—-]?\\s*\\(?(?:[Ww]ith\\s+)?(" + WireAgencies.ANY + ")\\)?\\.?$"),
          Pattern.compile("^(?i:additional reporting by)\\s+(" + WireAgencies.ANY + ")\\b.{0,40}$"),
          Pattern.compile("^(" + WireAgencies.ANY + ") contributed to this report\\.?$"));
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\p{Lu}[\\p{Lu}\\p{L} .,'-]{1,60}?\\((" + WireAgencies.ANY + ")\\)\\s*[–—-]");

  private WireCredit() {}

  static Optional<String> find(ArticleDraft draft) {
    return NoticeLines.of(draft)
        .flatMap(line -> Stream.of(copyright(line), signOff(line), Bylines.agency(line)))
        .flatMap(Optional::stream)
        .findFirst()
        .or(() -> dateline(draft));
  }

  private static Optional<String> copyright(String line) {
    return CopyrightHolder.of(line).flatMap(WireAgencies::named);
  }

  private static Optional<String> signOff(String line) {
    return LINES.stream()
        .map(p -> p.matcher(line))
        .filter(Matcher::matches)
        .findFirst()
        .flatMap(m -> WireAgencies.named(m.group(1)));
  }

  private static Optional<String> dateline(ArticleDraft draft) {
    return draft.paragraphs().stream()
        .findFirst()
        .map(DATELINE::matcher)
        .filter(Matcher::find)
        .flatMap(m -> WireAgencies.named(m.group(1)));
  }
}
