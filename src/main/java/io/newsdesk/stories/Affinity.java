package io.newsdesk.stories;

import java.util.Optional;

/** How close two articles are: the wording they share and how similar their words are. */
record Affinity(TextOverlap text, double similarity) {

  /**
   * Texts sharing a sixth of their wording have far more similar words than this (0.3 and up in the
   * sample corpus); below it, comparing their wording is skipped, as it costs most.
   */
  static final double WORDING_WORTH_COMPARING = 0.1;

  static Affinity between(ArticleProfile a, ArticleProfile b) {
    double similarity = a.terms().cosine(b.terms());
    TextOverlap text =
        similarity >= WORDING_WORTH_COMPARING || a.sharesBand(b)
            ? TextOverlap.between(a.text(), b.text())
            : TextOverlap.NONE;
    return new Affinity(text, similarity);
  }

  /** The relation the shared wording makes, if any: copy or rewrite. */
  Optional<Relation> textRelation() {
    if (text.copy()) {
      return Optional.of(Relation.COPY);
    }
    return text.rewrite() ? Optional.of(Relation.REWRITE) : Optional.empty();
  }
}
