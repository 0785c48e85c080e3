package io.newsdesk.enrich;

import io.newsdesk.article.Article;
import io.newsdesk.article.EntityMention;
import io.newsdesk.article.EntityRole;
import io.newsdesk.bench.GeneratedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Generated articles as the enricher would make them, with the stable ids and content hashes it
 * gives, but without running the recogniser: the generator knows which entities it wrote.
 */
public final class GeneratedArticles {

  private GeneratedArticles() {}

  public static Article enriched(GeneratedArticle generated) {
    Optional<String> url = Optional.of(generated.url());
    Optional<String> outlet = Optional.of(generated.outlet());
    List<EntityMention> persons = new ArrayList<>(mentions(generated.persons()));
    persons.add(
        new EntityMention(generated.byline(), 1, EntityRole.CREDIT, List.of(generated.byline())));
    return new Article(
        ArticleIds.of(url, outlet, generated.title(), generated.body()),
        generated.title(),
        generated.body(),
        outlet,
        Optional.of(generated.published()),
        Optional.of(generated.byline()),
        Optional.empty(),
        url,
        Optional.of("en"),
        persons,
        mentions(generated.organizations()),
        mentions(generated.places()),
        List.of(),
        ArticleIds.contentHash(generated.title(), generated.body()));
  }

  private static List<EntityMention> mentions(List<GeneratedArticle.Entity> entities) {
    return entities.stream()
        .map(e -> new EntityMention(e.name(), e.mentions(), EntityRole.SUBJECT, e.spellings()))
        .toList();
  }
}
