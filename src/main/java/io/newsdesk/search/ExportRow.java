package io.newsdesk.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One exported match: the fields a reader takes away, in the order of the CSV columns.
 *
 * @param storyId the story the article is in; null when it is in none
 */
public record ExportRow(
    String id,
    String title,
    String outlet,
    LocalDate published,
    String url,
    List<String> persons,
    List<String> organizations,
    List<String> places,
    String storyId,
    String language) {

  /** The column names, as the JSON fields and the CSV header name them. */
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "title",
          "outlet",
          "published",
          "url",
          "persons",
          "organizations",
          "places",
          "story_id",
          "language");
}
