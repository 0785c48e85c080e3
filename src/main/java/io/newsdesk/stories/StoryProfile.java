package io.newsdesk.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A story as placing compares an article with it: its members together. Their words and meanings
 * are summed, so what most members say weighs most and one member's side paragraph (a wire
 * background passage that two events share) weighs little; its entities count the members that are
 * about each.
 */
final class StoryProfile {

  private final List<ArticleProfile> members = new ArrayList<>();
  private final Map<String, Double> words = new HashMap<>();
  private final Map<String, Integer> entities = new HashMap<>();
  private double wordsLength;
  private double[] meaning;

  void add(ArticleProfile member) {
    members.add(member);
    member.terms().addTo(words);
    wordsLength = Math.sqrt(words.values().stream().mapToDouble(w -> w * w).sum());
    member.meaning().ifPresent(this::addMeaning);
    member.entities().keys().forEach(key -> entities.merge(key, 1, Integer::sum));
  }

  private void addMeaning(float[] vector) {
    if (meaning == null) {
      meaning = new double[vector.length];
    }
    for (int i = 0; i < Math.min(vector.length, meaning.length); i++) {
      meaning[i] += vector[i];
    }
  }

  List<ArticleProfile> members() {
    return members;
  }

  /** Cosine of the article's weighted words with the members' summed words. */
  double words(ArticleProfile article) {
    return article.terms().cosine(words, wordsLength);
  }

  /** Cosine of the article's embedding with the members' summed embeddings, when both have one. */
  OptionalDouble meaning(ArticleProfile article) {
    if (meaning == null || article.meaning().isEmpty()) {
      return OptionalDouble.empty();
    }
    float[] vector = article.meaning().get();
    double dot = 0;
    double length = 0;
    for (int i = 0; i < meaning.length; i++) {
      dot += meaning[i] * (i < vector.length ? vector[i] : 0);
      length += meaning[i] * meaning[i];
    }
    return length == 0 ? OptionalDouble.empty() : OptionalDouble.of(dot / Math.sqrt(length));
  }

  /**
   * How much the story is about the article's principal entities: for each, the share of members
   * that are about it too, averaged over the article's entities (0 when it has none).
   */
  double entities(ArticleProfile article) {
    var keys = article.entities().keys();
    if (keys.isEmpty() || members.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (String key : keys) {
      sum += (double) entities.getOrDefault(key, 0) / members.size();
    }
    return sum / keys.size();
  }

  /**
   * Years between the article's year and the nearest year of a member (see {@link
   * ArticleProfile#year()}); empty when either side has none.
   */
  OptionalInt yearsApart(ArticleProfile article) {
    if (article.year().isEmpty()) {
      return OptionalInt.empty();
    }
    int year = article.year().getAsInt();
    return members.stream()
        .map(ArticleProfile::year)
        .filter(OptionalInt::isPresent)
        .mapToInt(y -> Math.abs(y.getAsInt() - year))
        .min();
  }

  /**
   * Whether the article sets the story's event apart from its own: it names, only in a clause of
   * what its event "came after", an entity that the openings of half the members or more name.
   */
  boolean recalledBy(ArticleProfile article) {
    Set<String> recalled = article.cues().recalled();
    if (recalled.isEmpty()) {
      return false;
    }
    return recalled.stream()
        .anyMatch(
            key ->
                2 * members.stream().filter(m -> m.cues().opening().contains(key)).count()
                    >= members.size());
  }

  /** Days between the article and the nearest dated member; empty when either side has none. */
  OptionalLong daysApart(ArticleProfile article) {
    if (article.published().isEmpty()) {
      return OptionalLong.empty();
    }
    LocalDate date = article.published().get();
    return members.stream()
        .flatMap(m -> m.published().stream())
        .mapToLong(d -> Math.abs(ChronoUnit.DAYS.between(d, date)))
        .min();
  }
}
