package io.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.TestArticles;
import io.newsdesk.article.Article;
import io.newsdesk.index.ArticleIndex;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ranking on the real index, over a few short articles written for this test. */
@QuarkusTest
@QuarkusTestResource(ElasticsearchTestResource.class)
class RankingTest {

  /** An outlet only this class's articles have: every search is filtered to it. */
  static final String OUTLET = "Ranking Test Wire " + UUID.randomUUID();

  static Article full;
  static Article partial;
  static Article named;
  static Article cycling;

  @Inject ArticleIndex index;
  @Inject ArticleSearch search;
  @Inject NewMatches newMatches;

  @BeforeEach
  void corpus() {
    if (full != null) {
      return;
    }
    full =
        TestArticles.article(
            OUTLET,
            "Lighthouse keeper rescues stranded kayakers",
            "The keeper of the Marrow Point lighthouse rescued two kayakers on Sunday.");
    partial =
        TestArticles.article(
            OUTLET,
            "Coastguard rescues kayakers near the harbour wall",
            "Two kayakers were brought ashore when the tide turned.");
    named =
        TestArticles.article(
            OUTLET,
            "Festival names new director",
            "Ottoline Brasswick will run the autumn festival from next year, its board said.");
    cycling =
        TestArticles.article(
            OUTLET,
            "Municipal council approves bicycle lanes",
            "The city council voted to build twelve kilometres of cycle paths along the river.");
    TestArticles.indexAll(index, full, partial, named, cycling);
  }

  @Test
  void anArticleWithMostWordsIsFoundBelowOneWithAllOfThem() {
    SearchResults results = search.search(query("lighthouse keeper rescues kayakers"));

    assertThat(ids(results)).startsWith(full.id(), partial.id());
  }

  @Test
  void aMisspeltNameIsSearchedAsRespelledAndSaysSo() {
    SearchResults results = search.search(query("Ottoline Brasswik"));

    assertThat(results.correctedQuery()).contains("Ottoline Brasswick");
    assertThat(results.didYouMean()).isEmpty();
    assertThat(ids(results)).first().isEqualTo(named.id());
  }

  @Test
  void searchedAsTypedTheRespellingIsOnlySuggested() {
    SearchResults results =
        search.search(
            query("Ottoline Brasswik"), FacetOptions.none(), ArticleSearch.Spelling.AS_TYPED);

    assertThat(results.correctedQuery()).isEmpty();
    assertThat(results.didYouMean()).contains("Ottoline Brasswick");
  }

  @Test
  void anArticleIsFoundByMeaningWithNoWordInCommonAndGetsItsLeadAsSnippet() {
    SearchResults results = search.search(query("town hall backs bike routes"));

    assertThat(ids(results)).first().isEqualTo(cycling.id());
    assertThat(ids(results)).doesNotContain(full.id(), named.id());
    assertThat(results.total()).isEqualTo(results.hits().size());
    assertThat(results.hits().get(0).snippets()).singleElement().asString().contains("cycle paths");
  }

  @Test
  void theMatchSetIsTheOneQueryTheResultsCount() {
    SearchQuery query = query("lighthouse keeper rescues kayakers");

    assertThat(newMatches.countIngestedAfter(query, java.time.Instant.EPOCH))
        .isEqualTo(search.search(query).total());
  }

  private static SearchQuery query(String text) {
    return SearchQuery.of(text).withFacets(Map.of(Facet.OUTLET, List.of(OUTLET)), Map.of());
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(SearchResults.SearchHit::id).toList();
  }
}
