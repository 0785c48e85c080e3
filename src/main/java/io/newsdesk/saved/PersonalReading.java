package io.newsdesk.saved;

import io.newsdesk.search.ArticleLookup;
import io.newsdesk.search.MarkedArticle;
import io.newsdesk.stories.Stories;
import io.newsdesk.stories.StorySummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The article page's one service: the article to read, its story, and the reader's star. */
@ApplicationScoped
public class PersonalReading {

  /**
   * What the article page shows one reader.
   *
   * @param story the article's story; empty while it is in none
   */
  public record Page(MarkedArticle reading, Optional<StorySummary> story, boolean starred) {}

  private final ArticleLookup articles;
  private final Stories stories;
  private final Stars stars;

  PersonalReading(ArticleLookup articles, Stories stories, Stars stars) {
    this.articles = articles;
    this.stories = stories;
    this.stars = stars;
  }

  /** The article with this id, its matches of {@code text} marked; empty when there is none. */
  public Optional<Page> read(String id, String text, Optional<Owner> owner) {
    return articles
        .reading(id, text)
        .map(
            reading ->
                new Page(
                    reading,
                    stories.storyOf(id),
                    owner.map(o -> stars.starredAmong(o, List.of(id)).contains(id)).orElse(false)));
  }
}
