package io.newsdesk.stories;

import io.newsdesk.index.ArticleDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * An article as placing compares it: its weighted words, the sentence embedding of its headline and
 * lead, its principal entities, its fingerprint bands, and its wording, shingled only when a
 * comparison needs it.
 */
final class ArticleProfile {

  private final ArticleDocument document;
  private final TermWeights terms;
  private final PrincipalEntities entities;
  private final Set<String> bands;
  private final Optional<float[]> meaning;
  private OptionalInt year;
  private ShingledText text;
  private EventCues cues;

  private ArticleProfile(
      ArticleDocument document, TermWeights terms, PrincipalEntities entities, Set<String> bands) {
    this.document = document;
    this.terms = terms;
    this.entities = entities;
    this.bands = bands;
    this.meaning = Optional.ofNullable(document.embedding()).map(Meaning::unit);
  }

  static ArticleProfile of(ArticleDocument document, ArticleTerms terms) {
    List<String> fingerprint = document.fingerprint();
    return new ArticleProfile(
        document,
        terms == null ? TermWeights.none() : TermWeights.of(terms),
        PrincipalEntities.of(document.entities()),
        fingerprint == null ? Set.of() : Set.copyOf(fingerprint));
  }

  Optional<LocalDate> published() {
    return Optional.ofNullable(document.published());
  }

  /** The year of its date, else the latest year its text names; empty when neither tells. */
  OptionalInt year() {
    if (year == null) {
      year =
          document.published() != null
              ? OptionalInt.of(document.published().getYear())
              : NamedYears.latest(document.title() + "\n" + document.body());
    }
    return year;
  }

  String id() {
    return document.id();
  }

  /** The embedding of headline and lead at unit length; empty when embeddings are off. */
  Optional<float[]> meaning() {
    return meaning;
  }

  TermWeights terms() {
    return terms;
  }

  PrincipalEntities entities() {
    return entities;
  }

  ShingledText text() {
    if (text == null) {
      text = ShingledText.of(Fingerprints.text(document.title(), document.body()));
    }
    return text;
  }

  /** Which entities its opening names, and which only an earlier event it recalls names. */
  EventCues cues() {
    if (cues == null) {
      cues = EventCues.of(document.title(), document.body(), document.entities());
    }
    return cues;
  }

  boolean sharesBand(ArticleProfile other) {
    return other.bands.stream().anyMatch(bands::contains);
  }
}
