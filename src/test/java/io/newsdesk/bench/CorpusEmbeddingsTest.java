package io.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleText;
import io.newsdesk.enrich.GeneratedArticles;
import io.newsdesk.enrich.SentenceEmbedder;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CorpusEmbeddingsTest {

  final ArticleGenerator generator = new ArticleGenerator(7);
  final SentenceEmbedder model = new SentenceEmbedder(true);

  @Test
  void beyondTheComputedAnArticleCarriesAnEarlierOnesEmbeddingMovedALittle() {
    CorpusEmbeddings embeddings = new CorpusEmbeddings(model, 3);

    List<float[]> firstBatch = vectors(embeddings.of(generator, articles(0, 2), 0));
    List<float[]> secondBatch = vectors(embeddings.of(generator, articles(2, 5), 2));

    float[] own = model.articles(texts(articles(2, 3))).get(0).orElseThrow();
    assertThat(secondBatch.get(0)).as("the third is the model's own").containsExactly(own);
    assertThat(cosine(secondBatch.get(1), firstBatch.get(0))).isBetween(0.9, 0.999);
    assertThat(norm(secondBatch.get(1))).isCloseTo(1.0, within(1e-4));
    assertThat(cosine(secondBatch.get(2), firstBatch.get(1))).isBetween(0.9, 0.999);
  }

  @Test
  void theSameArticleGetsTheSameVectorInAnyOrderOfBatches() {
    List<float[]> inOrder =
        vectors(new CorpusEmbeddings(model, 2).of(generator, articles(0, 4), 0));
    // The batch beyond the computed comes first: the originals are computed on demand.
    List<float[]> laterFirst =
        vectors(new CorpusEmbeddings(model, 2).of(generator, articles(2, 4), 2));

    assertThat(laterFirst.get(0)).containsExactly(inOrder.get(2));
    assertThat(laterFirst.get(1)).containsExactly(inOrder.get(3));
  }

  private List<Article> articles(int from, int to) {
    return IntStream.range(from, to)
        .mapToObj(n -> GeneratedArticles.enriched(generator.article(n)))
        .toList();
  }

  private static List<ArticleText> texts(List<Article> articles) {
    return articles.stream().map(a -> new ArticleText(a.title(), a.body())).toList();
  }

  private static List<float[]> vectors(List<Optional<float[]>> embeddings) {
    return embeddings.stream().map(Optional::orElseThrow).toList();
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int at = 0; at < a.length; at++) {
      dot += a[at] * b[at];
    }
    return dot / (norm(a) * norm(b));
  }

  private static double norm(float[] vector) {
    double sum = 0;
    for (float value : vector) {
      sum += value * value;
    }
    return Math.sqrt(sum);
  }
}
