package io.newsdesk.bench;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleText;
import io.newsdesk.enrich.GeneratedArticles;
import io.newsdesk.enrich.SentenceEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The sentence embeddings of a generated corpus, as the portal stores them. The model computes
 * those of the first {@code computed} articles; article n beyond them carries the embedding of
 * article n mod {@code computed}, moved a little at random (seeded by n, a cosine of about 0.96
 * with it) so that no two vectors are the same. The node's cost of indexing and searching vectors
 * depends on how many there are and how they spread, not on which text each comes from, and the
 * model's 90 or so articles a second on two cores would take three hours for a million.
 */
final class CorpusEmbeddings {

  /** Standard deviation of the noise added to each component of a unit vector of 384. */
  private static final double NOISE = 0.015;

  private final SentenceEmbedder embedder;
  private final int computed;
  private final AtomicReferenceArray<float[]> firsts;

  /**
   * As the portal stores them (the benchmarks run it with embeddings on) unless the system property
   * {@code embeddings} is false; {@code --computed-embeddings} (default 100,000) bounds those the
   * model computes.
   */
  static CorpusEmbeddings of(Options options) {
    return new CorpusEmbeddings(
        new SentenceEmbedder(Boolean.parseBoolean(System.getProperty("embeddings", "true"))),
        options.number("computed-embeddings", 100_000));
  }

  CorpusEmbeddings(SentenceEmbedder embedder, int computed) {
    this.embedder = embedder;
    this.computed = computed;
    this.firsts = new AtomicReferenceArray<>(embedder.enabled() ? computed : 0);
  }

  /** The embeddings of {@code articles}, the generated articles from number {@code first} on. */
  List<Optional<float[]>> of(ArticleGenerator generator, List<Article> articles, int first) {
    if (!embedder.enabled()) {
      return embedder.articles(texts(articles));
    }
    int own = Math.max(0, Math.min(articles.size(), computed - first));
    List<Optional<float[]>> embeddings =
        new ArrayList<>(embedder.articles(texts(articles.subList(0, own))));
    for (int at = 0; at < own; at++) {
      firsts.set(first + at, embeddings.get(at).orElseThrow());
    }
    for (int number = first + own; number < first + articles.size(); number++) {
      embeddings.add(Optional.of(moved(original(generator, number % computed), number)));
    }
    return embeddings;
  }

  private float[] original(ArticleGenerator generator, int number) {
    float[] vector = firsts.get(number);
    if (vector == null) {
      // Its batch is still with the other loader thread: the model gives the same vector again.
      Article article = GeneratedArticles.enriched(generator.article(number));
      vector = embedder.articles(texts(List.of(article))).get(0).orElseThrow();
      firsts.set(number, vector);
    }
    return vector;
  }

  private static float[] moved(float[] vector, int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] moved = new float[vector.length];
    double norm = 0;
    for (int at = 0; at < vector.length; at++) {
      moved[at] = (float) (vector[at] + NOISE * random.nextGaussian());
      norm += moved[at] * moved[at];
    }
    float length = (float) Math.sqrt(norm);
    for (int at = 0; at < moved.length; at++) {
      moved[at] /= length;
    }
    return moved;
  }

  private static List<ArticleText> texts(List<Article> articles) {
    return articles.stream().map(a -> new ArticleText(a.title(), a.body())).toList();
  }
}
