package io.newsdesk;

import io.newsdesk.article.Article;
import io.newsdesk.article.EntityMention;
import io.newsdesk.article.EntityRole;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.index.IndexStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Hand-built articles for tests that need something in the index, each under its own outlet. */
public final class TestArticles {

  private TestArticles() {}

  public static Article article(String outlet, String title, String body) {
    return new Article(
        UUID.randomUUID().toString(),
        title,
        body,
        Optional.of(outlet),
        Optional.of(LocalDate.of(2025, 3, 14)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of("en"),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        UUID.randomUUID().toString());
  }

  public static EntityMention subject(String name) {
    return new EntityMention(name, 1, EntityRole.SUBJECT, List.of(name));
  }

  /** Indexes one article with the title as its body too; returns its id. */
  public static String index(ArticleIndex index, String outlet, String title) {
    return index(index, article(outlet, title, title + ". " + title + "."));
  }

  public static String index(ArticleIndex index, Article article) {
    var outcome = index.upsert(List.of(new ArticleIndex.Entry(article, "test"))).get(0);
    if (outcome.status() != IndexStatus.INDEXED) {
      throw new IllegalStateException("not indexed: " + outcome);
    }
    return article.id();
  }
}
