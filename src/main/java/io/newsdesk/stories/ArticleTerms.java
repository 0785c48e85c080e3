package io.newsdesk.stories;

import java.util.Map;

/**
 * An article's analysed words (headline and body) with the corpus statistics to weigh them.
 *
 * @param frequencies how often the article uses each term
 * @param documentFrequencies how many articles of the corpus have each term
 * @param documentCount how many articles the corpus has
 */
public record ArticleTerms(
    Map<String, Integer> frequencies,
    Map<String, Integer> documentFrequencies,
    long documentCount) {

  public ArticleTerms {
    frequencies = Map.copyOf(frequencies);
    documentFrequencies = Map.copyOf(documentFrequencies);
  }
}
