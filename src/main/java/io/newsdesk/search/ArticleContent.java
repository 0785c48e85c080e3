package io.newsdesk.search;

import io.newsdesk.article.ArticleEntities;
import io.newsdesk.article.EntityMention;
import io.newsdesk.index.ArticleDocument;
import java.time.LocalDate;
import java.util.List;

/**
 * One article as the pages and the API show it: its text, where it comes from, and the entities it
 * names with their mentions, roles and spellings. The stored document's bookkeeping (hashes,
 * fingerprints, pending steps, embedding) stays behind.
 */
public record ArticleContent(
    String id,
    String title,
    String body,
    List<String> captions,
    String outlet,
    LocalDate published,
    String byline,
    String credit,
    String url,
    String language,
    List<EntityMention> persons,
    List<EntityMention> organizations,
    List<EntityMention> places) {

  static ArticleContent of(ArticleDocument document) {
    ArticleEntities entities =
        document.entities() == null
            ? new ArticleEntities(List.of(), List.of(), List.of())
            : document.entities();
    return new ArticleContent(
        document.id(),
        document.title(),
        document.body(),
        document.captions() == null ? List.of() : document.captions(),
        document.outlet(),
        document.published(),
        document.byline(),
        document.credit(),
        document.url(),
        document.language(),
        entities.persons(),
        entities.organizations(),
        entities.places());
  }
}
