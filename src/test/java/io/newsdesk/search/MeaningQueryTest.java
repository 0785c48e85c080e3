package io.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeaningQueryTest {

  private static final float[] VECTOR = {0.6f, 0.8f, 0f};

  @Test
  void meaningIsAKnnQueryWithASimilarityFloor() {
    Query knn = MeaningQuery.of(VECTOR, 3);

    assertThat(knn.knn().field()).isEqualTo("embedding");
    assertThat(knn.knn().queryVector()).containsExactly(0.6f, 0.8f, 0f);
    assertThat(knn.knn().similarity()).isEqualTo(MeaningQuery.SIMILARITY_FLOOR).isPositive();
    assertThat(knn.knn().queryName()).isEqualTo("meaning");
  }

  @Test
  void meaningWeighsMoreForLongerQueriesAsTheWordsScoresGrow() {
    assertThat(MeaningQuery.weight(1)).isEqualTo(MeaningQuery.WEIGHT_PER_CLAUSE);
    assertThat(MeaningQuery.weight(4)).isEqualTo(4 * MeaningQuery.WEIGHT_PER_CLAUSE);
    assertThat(MeaningQuery.of(VECTOR, 4).knn().boost()).isEqualTo(MeaningQuery.weight(4));
  }

  @Test
  void wordsOrMeaningFindAnArticleAndExclusionsApplyToBoth() {
    QueryTranslator.Parts parts =
        QueryTranslator.parts(QueryParser.parse("EU grain -moscow"), java.util.Map.of());
    Query knn = MeaningQuery.of(VECTOR, 2);

    Query fused = parts.orAlso(List.of(knn));

    assertThat(fused.bool().should()).containsExactly(parts.words().orElseThrow(), knn);
    assertThat(fused.bool().minimumShouldMatch()).isEqualTo("1");
    assertThat(fused.bool().must()).isEmpty();
    assertThat(fused.bool().mustNot()).hasSize(1);
  }

  @Test
  void withoutMeaningTheWordsAreRequired() {
    QueryTranslator.Parts parts =
        QueryTranslator.parts(QueryParser.parse("EU grain"), java.util.Map.of());

    Query words = parts.query();

    assertThat(words.bool().must()).containsExactly(parts.words().orElseThrow());
    assertThat(words.bool().should()).isEmpty();
  }

  @Test
  void onlyTwoFreeWordsOrMoreAreSearchedByMeaning() {
    assertThat(QueryTranslator.searchedByMeaning(QueryParser.parse("ferry strike"))).isTrue();
    assertThat(QueryTranslator.searchedByMeaning(QueryParser.parse("ferry"))).isFalse();
    assertThat(QueryTranslator.searchedByMeaning(QueryParser.parse("\"calla rose\" ferry strike")))
        .isFalse();
    assertThat(QueryTranslator.searchedByMeaning(QueryParser.parse("\"ferry strike\" odes*")))
        .isFalse();
    assertThat(QueryTranslator.meaningText(QueryParser.parse("ferry OR boat strike -port")))
        .isEqualTo("ferry boat strike");
  }
}
