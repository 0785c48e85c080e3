package io.newsdesk.enrich;

import io.newsdesk.article.ArticleDraft;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the publisher from what a story says of itself: a copyright line naming it, or the
 * self-attribution some outlets sign with ("..., Caliber.Az reports via foreign media."). An outlet
 * the story cites is never taken for its publisher: a headline ending "– Politico", "Politico
 * reported", "according to Politico" all name a source.
 */
final class OutletSignals {

  private static final String NAME =
      "(?:The\\s+)?\\p{Lu}[\\p{L}\\d.&'’-]*(?:\\s+\\p{Lu}[\\p{L}\\d.&'’-]*){0,3}";
  // Present tense at the end of a sentence, optionally saying where from: the outlet's own voice.
  private static final Pattern SELF_ATTRIBUTION =
      Pattern.compile(
          ",\\s+("
              + NAME
              + ")\\s+reports(?:\\s+(?:via|citing|with reference to)\\b[^.]{0,80})?\\.");

  private static final String CITING_VERB =
      "(?:reported|said|says|wrote|writes|quoted|cited|revealed|learned|reports that)\\b";
  private static final String CITING_PREPOSITION =
      "(?i:according to|told|cited by|quoted by|reported by|citing)";

  private OutletSignals() {}

  static Optional<String> find(ArticleDraft draft) {
    Optional<String> copyright =
        NoticeLines.of(draft)
            .map(CopyrightHolder::of)
            .flatMap(Optional::stream)
            .filter(holder -> WireAgencies.named(holder).isEmpty())
            .findFirst();
    return copyright.or(() -> selfAttribution(draft));
  }

  private static Optional<String> selfAttribution(ArticleDraft draft) {
    return draft.paragraphs().stream()
        .map(SELF_ATTRIBUTION::matcher)
        .flatMap(Matcher::results)
        .map(result -> result.group(1))
        .filter(name -> WireAgencies.named(name).isEmpty())
        .filter(name -> !isCited(name, draft))
        .findFirst();
  }

  private static boolean isCited(String name, ArticleDraft draft) {
    String n = Pattern.quote(name);
    List<Pattern> citations =
        List.of(
            Pattern.compile("[–—|:-]\\s*" + n + "\\s*$"),
            Pattern.compile("\\b" + n + "\\s+(?:has\\s+|had\\s+)?" + CITING_VERB),
            Pattern.compile("\\b" + CITING_PREPOSITION + "\\s+(?:the\\s+)?" + n + "\\b"),
            Pattern.compile("\\b" + n + "['’]s\\b"));
    return Stream.concat(Stream.of(draft.title()), draft.paragraphs().stream())
        .anyMatch(text -> citations.stream().anyMatch(p -> p.matcher(text).find()));
  }
}
