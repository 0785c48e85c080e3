package io.newsdesk.index;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A story as stored in the {@code stories} index ({@code index-mappings/stories.json}): the
 * coverage of one event. The summary fields are searchable; members and links are kept as they are,
 * for the pages.
 *
 * @param title the representative headline
 * @param outlets the outlets that covered it, earliest first
 * @param persons its principal people (likewise organisations and places)
 * @param articleIds the member articles, to find a story by article
 * @param links pairs of members that share much of their wording
 */
public record StoryDocument(
    String id,
    String title,
    LocalDate firstPublished,
    LocalDate lastPublished,
    List<String> outlets,
    int articleCount,
    List<String> persons,
    List<String> organizations,
    List<String> places,
    List<String> articleIds,
    List<Member> members,
    List<Link> links,
    Instant updatedAt) {

  /**
   * One article of the story, with what the pages show without fetching it.
   *
   * @param outlet the outlet's name, or the web site's host, or null when unknown
   * @param score how close its text is to the closest other member (cosine of term weights)
   * @param persons the article's principal people (likewise organisations and places)
   */
  public record Member(
      String id,
      String outlet,
      String title,
      LocalDate published,
      String credit,
      double score,
      List<String> persons,
      List<String> organizations,
      List<String> places) {}

  /**
   * Two members that share wording: {@code relation} is {@code copy} or {@code rewrite}; which one
   * is the original is decided when read, from dates and credits.
   *
   * @param similarity the share of the shorter text found in the other
   * @param sharedWords how many words of the shorter text that share is (0 in links stored before
   *     it was kept)
   */
  public record Link(String from, String to, String relation, double similarity, int sharedWords) {}
}
