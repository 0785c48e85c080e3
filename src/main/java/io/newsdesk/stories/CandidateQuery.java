package io.newsdesk.stories;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What to look for when placing an article in a story: articles sharing a fingerprint band at any
 * date, and articles with enough of its most telling words (and, as a plus, the same entities)
 * within the window.
 *
 * @param words the article's most telling words, as the index analysed them, most telling first
 * @param earlierOnly only articles published up to the article's date, for a rebuild that places
 *     articles in date order
 */
public record CandidateQuery(
    String articleId,
    Optional<LocalDate> published,
    int windowDays,
    boolean earlierOnly,
    List<String> fingerprint,
    List<String> words,
    List<String> entities) {

  public CandidateQuery {
    fingerprint = List.copyOf(fingerprint);
    words = List.copyOf(words);
    entities = List.copyOf(entities);
  }
}
