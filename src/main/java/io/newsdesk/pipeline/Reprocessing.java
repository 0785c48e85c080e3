package io.newsdesk.pipeline;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleDraft;
import io.newsdesk.article.SourceMetadata;
import io.newsdesk.index.ArticleDocument;
import java.util.Arrays;
import java.util.Optional;

/**
 * A stored article back into a draft, so its entities can be derived again after a curation change.
 * The stored metadata stands in for the manifest, so it wins over what the text would give.
 */
final class Reprocessing {

  private Reprocessing() {}

  static ArticleDraft draft(ArticleDocument stored) {
    return new ArticleDraft(
        stored.source() == null ? stored.id() : stored.source(),
        stored.title(),
        Arrays.stream(stored.body().split("\n\\s*\n")).filter(p -> !p.isBlank()).toList(),
        stored.captions() == null ? java.util.List.of() : stored.captions(),
        new SourceMetadata(
            Optional.ofNullable(stored.outlet()),
            Optional.ofNullable(stored.url()),
            Optional.ofNullable(stored.published()),
            Optional.ofNullable(stored.language()),
            Optional.ofNullable(stored.title()),
            Optional.ofNullable(stored.byline())));
  }

  /** The wire credit came from lines the draft no longer has: keep the stored one. */
  static Article keepCredit(Article article, ArticleDocument stored) {
    if (article.credit().isPresent() || stored.credit() == null) {
      return article;
    }
    return new Article(
        article.id(),
        article.title(),
        article.body(),
        article.outlet(),
        article.published(),
        article.byline(),
        Optional.of(stored.credit()),
        article.url(),
        article.language(),
        article.persons(),
        article.organizations(),
        article.places(),
        article.captions(),
        article.contentHash());
  }
}
