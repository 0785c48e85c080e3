package io.newsdesk.article;

import java.util.List;

/**
 * An article's entities by type, each with its canonical name, how often the article names it, its
 * role and the spellings the article used; most named first. Stored with the article and shown on
 * its page; a list a stored document lacks reads as empty.
 */
public record ArticleEntities(
    List<EntityMention> persons, List<EntityMention> organizations, List<EntityMention> places) {

  public ArticleEntities {
    persons = persons == null ? List.of() : List.copyOf(persons);
    organizations = organizations == null ? List.of() : List.copyOf(organizations);
    places = places == null ? List.of() : List.copyOf(places);
  }

  public List<EntityMention> of(EntityType type) {
    return switch (type) {
      case PERSON -> persons;
      case ORGANIZATION -> organizations;
      case PLACE -> places;
    };
  }
}
