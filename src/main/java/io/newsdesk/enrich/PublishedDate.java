package io.newsdesk.enrich;

import io.newsdesk.article.ArticleDraft;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds when an article was published from its text: a date stamp ({@code date 2025-02-25}, {@code
 * LAST UPDATE | 24 Feb}), a dateline opening the story, or a full date in a dateline position ("...
 * on February 24, 2025" in a photo caption or the first paragraph). A stamp without a year takes it
 * from a copyright line, else from a full date of the same day elsewhere in the text. Never
 * guesses: without such a mark the date stays unknown.
 */
final class PublishedDate {

  private static final Pattern STAMP =
      Pattern.compile(
          "^(?i:(date[d]?|(?:first )?published|posted|(?:last )?(?:updated?|modified)))"
              + "(?:\\s+(?:on|at))?\\s*[:|]?\\s*(.+)$");
  private static final Pattern UPDATE = Pattern.compile("(?i)upd|modif");
  private static final Pattern COPYRIGHT_YEAR =
      Pattern.compile("^(?:©|\\(c\\)|(?i:copyright)).*?\\b((?:19|20)\\d{2})\\b");
  // "WASHINGTON, Feb 24 (Reuters) -" or "PARIS, February 24, 2025 —"
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\p{Lu}[\\p{Lu}\\p{L} .'-]{1,40},\\s+([^()–—-]{4,30}?)\\s*(?:\\([^)]{2,30}\\))?\\s*[–—-]");
  private static final Pattern ON_FULL_DATE =
      Pattern.compile(
          "\\bon\\s+(?:\\p{L}+day,?\\s+)?((?:\\d{1,2}\\s+"
              + DateText.MONTH
              + "|"
              + DateText.MONTH
              + "\\s+\\d{1,2}),?\\s+(?:19|20)\\d{2})");

  private PublishedDate() {}

  static Optional<LocalDate> find(ArticleDraft draft) {
    YearContext years = new YearContext(draft);
    List<String> stamps = new ArrayList<>();
    List<String> updates = new ArrayList<>();
    for (String notice : draft.notices()) {
      Matcher m = STAMP.matcher(notice);
      if (m.matches() && UPDATE.matcher(m.group(1)).find()) {
        updates.add(m.group(2));
      } else {
        stamps.add(m.matches() ? m.group(2) : notice);
      }
    }
    return Stream.of(stamps, updates)
        .flatMap(List::stream)
        .map(stamp -> DateText.first(stamp).flatMap(years::complete))
        .flatMap(Optional::stream)
        .findFirst()
        .or(() -> dateline(draft, years))
        .or(() -> fullDateInDatelinePosition(draft));
  }

  private static Optional<LocalDate> dateline(ArticleDraft draft, YearContext years) {
    return draft.paragraphs().stream()
        .findFirst()
        .map(DATELINE::matcher)
        .filter(Matcher::find)
        .flatMap(m -> DateText.first(m.group(1)))
        .flatMap(years::complete);
  }

  private static Optional<LocalDate> fullDateInDatelinePosition(ArticleDraft draft) {
    return Stream.concat(draft.captions().stream(), draft.paragraphs().stream().limit(1))
        .map(ON_FULL_DATE::matcher)
        .filter(Matcher::find)
        .map(m -> DateText.first(m.group(1)).flatMap(DateText.Found::date))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** Where a year missing from a date stamp may come from. */
  private static final class YearContext {

    private final OptionalInt copyrightYear;
    private final List<DateText.Found> fullDates;

    YearContext(ArticleDraft draft) {
      this.copyrightYear =
          draft.notices().stream()
              .map(COPYRIGHT_YEAR::matcher)
              .filter(Matcher::find)
              .mapToInt(m -> Integer.parseInt(m.group(1)))
              .findFirst();
      this.fullDates =
          Stream.of(List.of(draft.title()), draft.paragraphs(), draft.captions())
              .flatMap(List::stream)
              .flatMap(text -> DateText.find(text).stream())
              .filter(found -> found.year().isPresent())
              .toList();
    }

    Optional<LocalDate> complete(DateText.Found date) {
      if (date.year().isPresent()) {
        return date.date();
      }
      if (copyrightYear.isPresent()) {
        return date.inYear(copyrightYear.getAsInt());
      }
      return fullDates.stream()
          .filter(full -> full.day().equals(date.day()))
          .findFirst()
          .flatMap(DateText.Found::date);
    }
  }
}
