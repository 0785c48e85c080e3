package io.newsdesk.article;

import java.util.List;
import java.util.Optional;

/**
 * Texts in, vectors out that lie close for texts meaning alike. Declared here so that storage can
 * embed what it writes without knowing which model runs.
 */
public interface TextEmbedding {

  /** False when embeddings are switched off: every call then answers empty. */
  boolean enabled();

  /** The embedding of a search's text; empty when off or the text is blank. */
  Optional<float[]> query(String text);

  /** The embedding of each article, in order; empty when off. */
  List<Optional<float[]>> articles(List<ArticleText> articles);
}
