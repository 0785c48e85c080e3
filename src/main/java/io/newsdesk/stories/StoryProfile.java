package io.newsdesk.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A story as a whole, as placing compares an article with it: what its members say together (the
 * centroid of their weighted words), whom most of them are about, and the days of its event. An
 * article is measured against all of it, so one member sharing a wire paragraph with another event
 * cannot pull that event in.
 */
final class StoryProfile {

  private final TermWeights centroid;
  private final Map<String, Integer> entities;
  private final List<LocalDate> days;
  private final int size;

  private StoryProfile(
      TermWeights centroid, Map<String, Integer> entities, List<LocalDate> days, int size) {
    this.centroid = centroid;
    this.entities = entities;
    this.days = days;
    this.size = size;
  }

  static StoryProfile of(Collection<ArticleProfile> members) {
    Map<String, Integer> entities = new HashMap<>();
    List<LocalDate> days = new ArrayList<>();
    for (ArticleProfile member : members) {
      member.entities().keys().forEach(key -> entities.merge(key, 1, Integer::sum));
      member.eventDay().ifPresent(days::add);
    }
    return new StoryProfile(
        TermWeights.centroid(members.stream().map(ArticleProfile::terms).toList()),
        entities,
        days,
        members.size());
  }

  /** How close the article is to the story as a whole, with what its closest members share. */
  StoryMatch match(ArticleProfile article, boolean copied, boolean rewritten) {
    return new StoryMatch(
        article.terms().cosine(centroid),
        sharedEntities(article),
        daysApart(article.eventDay()),
        copied,
        rewritten);
  }

  /** How close two stories are, as if the smaller were one article of the larger. */
  StoryMatch match(StoryProfile other) {
    int shared = 0;
    for (Map.Entry<String, Integer> entity : other.entities.entrySet()) {
      if (principal(entity.getValue(), other.size) && principal(entities.get(entity.getKey()))) {
        shared++;
      }
    }
    OptionalLong apart = OptionalLong.empty();
    for (LocalDate day : other.days) {
      OptionalLong d = daysApart(Optional.of(day));
      if (d.isPresent() && (apart.isEmpty() || d.getAsLong() < apart.getAsLong())) {
        apart = d;
      }
    }
    return new StoryMatch(centroid.cosine(other.centroid), shared, apart, false, false);
  }

  /** The article's principal entities that a good part of the story is about too. */
  private int sharedEntities(ArticleProfile article) {
    return (int) article.entities().keys().stream().filter(k -> principal(entities.get(k))).count();
  }

  private boolean principal(Integer members) {
    return principal(members, size);
  }

  /** Named by at least a third of the members (by the one member of a story of one or two). */
  private static boolean principal(Integer members, int size) {
    return members != null && members * 3 >= size;
  }

  /** The fewest days between the article's event day and a member's; unknown without days. */
  private OptionalLong daysApart(Optional<LocalDate> day) {
    if (day.isEmpty() || days.isEmpty()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(
        days.stream()
            .mapToLong(d -> Math.abs(ChronoUnit.DAYS.between(d, day.get())))
            .min()
            .orElseThrow());
  }
}
