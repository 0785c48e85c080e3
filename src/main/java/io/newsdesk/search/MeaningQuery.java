package io.newsdesk.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.newsdesk.index.ArticleIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * The search by meaning: the articles whose headline-and-lead embedding is close to the query's, as
 * a kNN query that joins the words' query in one bool. Its score is added to the words' score (the
 * minimal node has no rank fusion, and no scripts to normalise scores), so its weight grows with
 * the query's length, as the words' scores do.
 */
final class MeaningQuery {

  static final String FIELD = ArticleIndex.EMBEDDING;

  /**
   * Cosine similarity below which an article is not a match by meaning: far enough from the query
   * that a search does not return its nearest neighbours whatever they are about.
   */
  static final float SIMILARITY_FLOOR = 0.4f;

  /** Nearest neighbours looked at per shard. */
  static final int CANDIDATES = 100;

  /** Weight of the meaning's score (0.5 to 1 above the floor) per clause of the query. */
  static final float WEIGHT_PER_CLAUSE = 3f;

  private MeaningQuery() {}

  static Query of(float[] vector, int clauses) {
    List<Float> values = new ArrayList<>(vector.length);
    for (float value : vector) {
      values.add(value);
    }
    return Query.of(
        q ->
            q.knn(
                k ->
                    k.field(FIELD)
                        .queryVector(values)
                        .numCandidates(CANDIDATES)
                        .similarity(SIMILARITY_FLOOR)
                        .boost(weight(clauses))
                        .queryName("meaning")));
  }

  static float weight(int clauses) {
    return WEIGHT_PER_CLAUSE * Math.max(1, clauses);
  }
}
