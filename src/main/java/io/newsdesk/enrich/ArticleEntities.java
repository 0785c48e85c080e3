package io.newsdesk.enrich;

import io.newsdesk.article.EntityMention;
import io.newsdesk.article.EntityType;
import java.util.List;

/**
 * An article's entities by type, each with its canonical name, how often the article names it, its
 * role and the spellings the article used; most named first.
 */
public record ArticleEntities(
    List<EntityMention> persons, List<EntityMention> organizations, List<EntityMention> places) {

  public ArticleEntities {
    persons = List.copyOf(persons);
    organizations = List.copyOf(organizations);
    places = List.copyOf(places);
  }

  public List<EntityMention> of(EntityType type) {
    return switch (type) {
      case PERSON -> persons;
      case ORGANIZATION -> organizations;
      case PLACE -> places;
    };
  }
}
