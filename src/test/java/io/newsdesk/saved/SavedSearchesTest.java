package io.newsdesk.saved;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.TestArticles;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.search.Facet;
import io.newsdesk.search.ResultOrder;
import io.newsdesk.search.SearchQuery;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ElasticsearchTestResource.class)
class SavedSearchesTest {

  @Inject SavedSearches savedSearches;
  @Inject SavedStore stores;
  @Inject ArticleIndex articles;

  private static SearchQuery about(String person, String outlet) {
    return new SearchQuery(
        "",
        Map.of(Facet.PERSON, List.of(person), Facet.OUTLET, List.of(outlet)),
        Map.of(),
        Optional.empty(),
        Optional.empty(),
        ResultOrder.NEWEST,
        1,
        SearchQuery.DEFAULT_SIZE);
  }

  @Test
  void newCountIsTheMatchingArticlesIngestedSinceLastOpened() {
    String person = TestArticles.unique("Mira Holm");
    String outlet = TestArticles.unique("Velsk Courier");
    TestArticles.indexAll(articles, TestArticles.about(outlet, "Before saving", person));
    Owner owner = Owner.create();
    SavedSearch saved = savedSearches.create(owner, "", about(person, outlet));

    TestArticles.indexAll(
        articles,
        TestArticles.about(outlet, "New one", person),
        TestArticles.about(outlet, "New two", person),
        TestArticles.about(TestArticles.unique("Elsewhere"), "Other outlet", person));

    assertThat(savedSearches.get(owner, saved.id()).newCount()).isEqualTo(2);
    SavedSearch opened = savedSearches.open(owner, saved.id());
    assertThat(opened.newCount()).isEqualTo(2);
    assertThat(opened.newSince()).isEqualTo(saved.created());
    SavedSearch afterOpening = savedSearches.get(owner, saved.id());
    assertThat(afterOpening.newCount()).isZero();
    assertThat(afterOpening.lastOpened()).isPresent();

    TestArticles.indexAll(articles, TestArticles.about(outlet, "After opening", person));
    assertThat(savedSearches.get(owner, saved.id()).newCount()).isEqualTo(1);
  }

  @Test
  void aBlankNameIsReplacedBySuggestingOneFromTheFilters() {
    SavedSearch saved =
        savedSearches.create(Owner.create(), " ", about("Jana Novak", "Harbour Gazette"));

    assertThat(saved.name()).isEqualTo("Jana Novak · in Harbour Gazette");
  }

  @Test
  void anotherOwnerNeitherSeesNorChangesASavedSearch() {
    Owner owner = Owner.create();
    Owner stranger = Owner.create();
    SavedSearch saved = savedSearches.create(owner, "Mine", SearchQuery.of("ferry"));

    assertThat(savedSearches.list(stranger)).isEmpty();
    assertThatThrownBy(() -> savedSearches.get(stranger, saved.id()))
        .isInstanceOf(SavedItemNotFoundException.class);
    assertThatThrownBy(
            () ->
                savedSearches.edit(
                    stranger,
                    saved.id(),
                    SavedSearchEdit.overwrite(Optional.of("Theirs"), Optional.empty())))
        .isInstanceOf(SavedItemNotFoundException.class);
    assertThatThrownBy(() -> savedSearches.delete(stranger, saved.id()))
        .isInstanceOf(SavedItemNotFoundException.class);
    assertThat(savedSearches.list(owner)).extracting(SavedSearch::name).containsExactly("Mine");
  }

  @Test
  void aWriteBasedOnAStaleReadIsRefusedByElasticsearch() {
    Owner owner = Owner.create();
    SavedSearch saved = savedSearches.create(owner, "Original", SearchQuery.of("ferry"));
    Versioned<StoredSearch> stale = stores.searches().get(saved.id()).orElseThrow();

    savedSearches.edit(
        owner, saved.id(), SavedSearchEdit.overwrite(Optional.of("Renamed"), Optional.empty()));

    assertThatThrownBy(
            () ->
                stores
                    .searches()
                    .replace(
                        stale,
                        stale.document().withName("Lost update", stale.document().created())))
        .isInstanceOf(VersionConflict.class);
    assertThat(savedSearches.get(owner, saved.id()).name()).isEqualTo("Renamed");
  }

  @Test
  void concurrentEditsOfDifferentFieldsAllSurvive() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      for (int round = 0; round < 5; round++) {
        Owner owner = Owner.create();
        SearchQuery before = about("Jana Novak", "Harbour Gazette");
        SearchQuery after = about("Ivo Marek", "Harbour Gazette");
        String id = savedSearches.create(owner, "Before", before).id();
        CyclicBarrier start = new CyclicBarrier(3);
        CompletableFuture<?> rename =
            CompletableFuture.runAsync(
                () -> {
                  await(start);
                  savedSearches.edit(owner, id, SavedSearchEdit.rename("After", "Before"));
                },
                pool);
        CompletableFuture<?> redefine =
            CompletableFuture.runAsync(
                () -> {
                  await(start);
                  savedSearches.edit(owner, id, SavedSearchEdit.redefine(after, before));
                },
                pool);
        CompletableFuture<?> open =
            CompletableFuture.runAsync(
                () -> {
                  await(start);
                  savedSearches.open(owner, id);
                },
                pool);
        CompletableFuture.allOf(rename, redefine, open).get();

        SavedSearch result = savedSearches.get(owner, id);
        assertThat(result.name()).isEqualTo("After");
        assertThat(result.query()).isEqualTo(after);
        assertThat(result.lastOpened()).isPresent();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void deletedSearchesAreGoneAndTheirFeedWithThem() {
    Owner owner = Owner.create();
    SavedSearch saved = savedSearches.create(owner, "Short-lived", SearchQuery.of("ferry"));
    assertThat(savedSearches.feed(saved.feedToken())).isPresent();

    savedSearches.delete(owner, saved.id());

    assertThat(savedSearches.list(owner)).isEmpty();
    assertThat(savedSearches.feed(saved.feedToken())).isEmpty();
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
