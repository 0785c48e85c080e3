package io.newsdesk.enrich;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.newsdesk.NewsdeskConfig;
import io.newsdesk.article.ArticleText;
import io.newsdesk.article.TextEmbedding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Sentence embeddings: a text in, a unit vector of {@link #DIMENSIONS} numbers out, close for texts
 * that mean the same in other words. The quantized all-MiniLM-L6-v2 model runs in-process (ONNX
 * Runtime); it reads at most {@link #MAX_TOKENS} word pieces, so callers embed short passages. When
 * embeddings are switched off, every call answers empty and the model is never loaded.
 */
@ApplicationScoped
public class SentenceEmbedder implements TextEmbedding {

  public static final int DIMENSIONS = 384;

  /** The model's window, in word pieces; longer input is cut. */
  public static final int MAX_TOKENS = 256;

  /** Words of an article to embed: about as many as the window holds. */
  static final int MAX_WORDS = 150;

  private final boolean enabled;
  private volatile EmbeddingModel model;

  @Inject
  SentenceEmbedder(NewsdeskConfig config) {
    this(config.embeddings().enabled());
  }

  /** An embedder outside the application (benchmarks, tools); off, it never loads the model. */
  public SentenceEmbedder(boolean enabled) {
    this.enabled = enabled;
  }

  @Override
  public boolean enabled() {
    return enabled;
  }

  /** The embedding of a search's text; empty when embeddings are off or the text is blank. */
  @Override
  public Optional<float[]> query(String text) {
    if (!enabled || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(model().embed(text).content().vector());
  }

  /**
   * The embedding of each article (headline and lead: the passage a news article puts its point
   * in), in order; empty when embeddings are off.
   */
  @Override
  public List<Optional<float[]>> articles(List<ArticleText> articles) {
    if (!enabled || articles.isEmpty()) {
      return articles.stream().map(a -> Optional.<float[]>empty()).toList();
    }
    List<TextSegment> segments =
        articles.stream().map(a -> TextSegment.from(a.passage(MAX_WORDS))).toList();
    return model().embedAll(segments).content().stream()
        .map(embedding -> Optional.of(embedding.vector()))
        .toList();
  }

  private EmbeddingModel model() {
    EmbeddingModel loaded = model;
    if (loaded == null) {
      synchronized (this) {
        if (model == null) {
          model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        }
        loaded = model;
      }
    }
    return loaded;
  }
}
