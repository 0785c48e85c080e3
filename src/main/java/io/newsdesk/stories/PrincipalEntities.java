package io.newsdesk.stories;

import io.newsdesk.article.ArticleEntities;
import io.newsdesk.article.EntityMention;
import io.newsdesk.article.EntityRole;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The people, organisations and places an article is mostly about: its most-named subjects of each
 * kind. Bylines and photo credits never count.
 */
record PrincipalEntities(List<String> persons, List<String> organizations, List<String> places) {

  /** Per kind; enough for the main actors, few enough that a passing mention does not count. */
  static final int PER_TYPE = 4;

  static PrincipalEntities of(ArticleEntities entities) {
    if (entities == null) {
      return new PrincipalEntities(List.of(), List.of(), List.of());
    }
    return new PrincipalEntities(
        top(entities.persons()), top(entities.organizations()), top(entities.places()));
  }

  private static List<String> top(List<EntityMention> mentions) {
    if (mentions == null) {
      return List.of();
    }
    return mentions.stream()
        .filter(m -> m.role() == EntityRole.SUBJECT)
        .sorted(Comparator.comparingInt(EntityMention::mentions).reversed())
        .limit(PER_TYPE)
        .map(EntityMention::name)
        .toList();
  }

  List<String> all() {
    return Stream.of(persons, organizations, places).flatMap(List::stream).toList();
  }

  /** Prefix of a person's key (see {@link #keys()}). */
  static final String PERSON = "p:";

  /** Prefix of an organisation's key. */
  static final String ORGANIZATION = "o:";

  /** Prefix of a place's key. */
  static final String PLACE = "l:";

  /** Each entity with its kind, so a person and a place of one name stay two. */
  Set<String> keys() {
    Set<String> keys = new HashSet<>();
    persons.forEach(p -> keys.add(PERSON + p));
    organizations.forEach(o -> keys.add(ORGANIZATION + o));
    places.forEach(p -> keys.add(PLACE + p));
    return keys;
  }

  /** How many principal entities the two share, of any kind. */
  int shared(PrincipalEntities other) {
    Set<String> mine = keys();
    return (int) other.keys().stream().filter(mine::contains).count();
  }
}
