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

  /** How many principal entities the two share, of any kind. */
  int shared(PrincipalEntities other) {
    Set<String> mine = new HashSet<>();
    persons.forEach(p -> mine.add("p:" + p));
    organizations.forEach(o -> mine.add("o:" + o));
    places.forEach(p -> mine.add("l:" + p));
    int shared = 0;
    for (String p : other.persons) {
      shared += mine.contains("p:" + p) ? 1 : 0;
    }
    for (String o : other.organizations) {
      shared += mine.contains("o:" + o) ? 1 : 0;
    }
    for (String p : other.places) {
      shared += mine.contains("l:" + p) ? 1 : 0;
    }
    return shared;
  }
}
