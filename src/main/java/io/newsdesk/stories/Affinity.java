package io.newsdesk.stories;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How close two articles are: shared wording, similar words, shared principal entities, days apart.
 */
record Affinity(TextOverlap text, double similarity, int sharedEntities, OptionalLong daysApart) {

  /**
   * Texts sharing a sixth of their wording have far more similar words than this (0.3 and up in the
   * sample corpus); below it, comparing their wording is skipped, as it costs most.
   */
  static final double WORDING_WORTH_COMPARING = 0.1;

  static Affinity between(ArticleProfile a, ArticleProfile b) {
    OptionalLong days =
        a.published().isPresent() && b.published().isPresent()
            ? OptionalLong.of(
                Math.abs(ChronoUnit.DAYS.between(a.published().get(), b.published().get())))
            : OptionalLong.empty();
    double similarity = a.terms().cosine(b.terms());
    TextOverlap text =
        similarity >= WORDING_WORTH_COMPARING || a.sharesBand(b)
            ? TextOverlap.between(a.text(), b.text())
            : TextOverlap.NONE;
    return new Affinity(text, similarity, a.entities().shared(b.entities()), days);
  }

  /** Shared wording always joins; otherwise similar words within the window, entities helping. */
  boolean sameStory(StoryRules rules) {
    if (text.copy() || text.rewrite()) {
      return true;
    }
    if (daysApart.isPresent() && daysApart.getAsLong() > rules.windowDays()) {
      return false;
    }
    double needed = rules.minSimilarity();
    if (sharedEntities == 0) {
      needed += StoryRules.WITHOUT_ENTITIES;
    }
    if (daysApart.isEmpty()) {
      needed += StoryRules.UNDATED;
    }
    return similarity >= needed;
  }

  /** For choosing among stories an article could join: the closest member wins. */
  double strength() {
    return text.share() + similarity + 0.02 * Math.min(sharedEntities, 5);
  }

  /** The relation the shared wording makes, if any: copy or rewrite. */
  Optional<Relation> textRelation() {
    if (text.copy()) {
      return Optional.of(Relation.COPY);
    }
    return text.rewrite() ? Optional.of(Relation.REWRITE) : Optional.empty();
  }
}
