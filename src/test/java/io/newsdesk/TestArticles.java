package io.newsdesk;

import io.newsdesk.article.Article;
import io.newsdesk.article.EntityMention;
import io.newsdesk.article.EntityRole;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.index.IndexOutcome;
import io.newsdesk.index.IndexStatus;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Hand-built articles for tests that need some in the index. */
public final class TestArticles {

  private TestArticles() {}

  /** A name no other test uses, so counts in the shared test index stay exact. */
  public static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  public static Article article(String title, String outlet, String... persons) {
    String id = "test-" + UUID.randomUUID();
    return new Article(
        id,
        title,
        title + ". A story told for a test, with a few more words to search in.",
        Optional.of(outlet),
        Optional.of(LocalDate.of(2025, 2, 24)),
        Optional.empty(),
        Optional.empty(),
        Optional.of("https://news.example/" + id),
        Optional.of("en"),
        Arrays.stream(persons)
            .map(p -> new EntityMention(p, 1, EntityRole.SUBJECT, List.of(p)))
            .toList(),
        List.of(),
        List.of(),
        List.of(),
        id + title);
  }

  /** Stores the articles and fails unless every one was indexed. */
  public static List<Article> index(ArticleIndex index, Article... articles) {
    List<IndexOutcome> outcomes =
        index.upsert(Arrays.stream(articles).map(a -> new ArticleIndex.Entry(a, "test")).toList());
    if (!outcomes.stream().allMatch(o -> o.status() == IndexStatus.INDEXED)) {
      throw new IllegalStateException("Not all indexed: " + outcomes);
    }
    return List.of(articles);
  }
}
