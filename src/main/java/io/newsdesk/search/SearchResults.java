package io.newsdesk.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of results with the facet counts for the whole result set.
 *
 * @param facets for each keyword facet, its top values with counts that ignore the facet's own
 *     filter, selected values always included
 * @param published matches per day, ignoring the date range
 * @param notices what the portal changed or ignored in the query, for the reader
 * @param didYouMean a respelled query that finds clearly more, when this one finds little and was
 *     searched as typed
 * @param correctedQuery the respelled query these results are for, when the text as typed found
 *     little and the respelling clearly more
 */
public record SearchResults(
    long total,
    long tookMs,
    int page,
    int size,
    List<SearchHit> hits,
    Map<Facet, List<FacetCount>> facets,
    List<DateCount> published,
    List<String> notices,
    Optional<String> didYouMean,
    Optional<String> correctedQuery) {

  /**
   * One result. Snippets and title are safe HTML: escaped text with {@code <mark>} tags.
   *
   * @param ingestedAt when the article last entered the index, new or changed
   */
  public record SearchHit(
      String id,
      String title,
      String titleHtml,
      String outlet,
      LocalDate published,
      String url,
      List<String> snippets,
      List<String> persons,
      Instant ingestedAt) {}

  /** A facet value and how many results have it. */
  public record FacetCount(String value, long count, boolean selected) {}

  /** Matches on one day. */
  public record DateCount(LocalDate date, long count) {}

  public long pages() {
    long reachable = Math.min(total, SearchQuery.MAX_RESULT_WINDOW);
    return Math.max(1, (reachable + size - 1) / size);
  }
}
