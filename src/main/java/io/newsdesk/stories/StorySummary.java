package io.newsdesk.stories;

import io.newsdesk.index.StoryDocument;
import io.newsdesk.index.StoryDocument.Member;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A story with its articles in publication order, each with its relation.
 *
 * @param title the representative headline: the first report's
 * @param outlets the outlets that covered it, earliest first
 */
public record StorySummary(
    String id,
    String title,
    LocalDate firstPublished,
    LocalDate lastPublished,
    List<String> outlets,
    int articleCount,
    List<String> persons,
    List<String> organizations,
    List<String> places,
    List<StoryArticle> articles) {

  static StorySummary of(StoryDocument story) {
    Map<String, Relations.Role> roles = Relations.of(story.members(), story.links());
    List<StoryArticle> articles =
        StoryState.chronological(story.members()).stream()
            .map(member -> article(member, roles.get(member.id())))
            .toList();
    return new StorySummary(
        story.id(),
        story.title(),
        story.firstPublished(),
        story.lastPublished(),
        story.outlets(),
        story.articleCount(),
        story.persons(),
        story.organizations(),
        story.places(),
        articles);
  }

  private static StoryArticle article(Member member, Relations.Role role) {
    return new StoryArticle(
        member.id(),
        member.outlet(),
        member.title(),
        member.published(),
        role.relation(),
        role.relative(),
        role.directionKnown(),
        role.similarity());
  }

  /** The members other than this article. */
  public List<StoryArticle> without(String articleId) {
    return articles.stream().filter(a -> !a.id().equals(articleId)).toList();
  }
}
