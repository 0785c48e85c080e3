package io.newsdesk.bench.eval;

import java.util.List;

/**
 * nDCG@10 of the portal's search and of the plain BM25 baseline, per query and as means.
 *
 * @param difference the portal's mean minus the baseline's
 */
public record SearchScores(
    List<QueryScore> queries, double portal, double baseline, double difference) {

  /** One query's figures; {@code difference} is the portal's minus the baseline's. */
  public record QueryScore(
      String id, String query, double portal, double baseline, double difference) {
    public QueryScore(String id, String query, double portal, double baseline) {
      this(id, query, portal, baseline, portal - baseline);
    }
  }

  public static SearchScores of(List<QueryScore> queries) {
    double portal = queries.stream().mapToDouble(QueryScore::portal).average().orElse(0);
    double baseline = queries.stream().mapToDouble(QueryScore::baseline).average().orElse(0);
    return new SearchScores(queries, portal, baseline, portal - baseline);
  }
}
