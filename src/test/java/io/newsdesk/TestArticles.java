package io.newsdesk;

import io.newsdesk.article.Article;
import io.newsdesk.article.EntityMention;
import io.newsdesk.article.EntityRole;
import io.newsdesk.article.IndexStatus;
import io.newsdesk.index.ArticleIndex;
import java.time.LocalDate;
import java.util.Arrays;
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

  /** A name no other test uses, so counts in the shared test index stay exact. */
  public static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** An article about these people, with a link of its own and an id like a real one. */
  public static Article about(String outlet, String title, String... persons) {
    Article article = article(outlet, title, title + ". A story told for a test.");
    String id = UUID.randomUUID().toString().replace("-", "");
    return new Article(
        id,
        article.title(),
        article.body(),
        article.outlet(),
        article.published(),
        article.byline(),
        article.credit(),
        Optional.of("https://news.example/" + id),
        article.language(),
        Arrays.stream(persons).map(TestArticles::subject).toList(),
        List.of(),
        List.of(),
        List.of(),
        article.contentHash());
  }

  /** Indexes the articles in one request, so they share one ingested_at time. */
  public static List<Article> indexAll(ArticleIndex index, Article... articles) {
    var outcomes =
        index.upsert(Arrays.stream(articles).map(a -> new ArticleIndex.Entry(a, "test")).toList());
    if (!outcomes.stream().allMatch(o -> o.status() == IndexStatus.INDEXED)) {
      throw new IllegalStateException("not all indexed: " + outcomes);
    }
    return List.of(articles);
  }
}
