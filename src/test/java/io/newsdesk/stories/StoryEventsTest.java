package io.newsdesk.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.article.Article;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.search.StoryLookup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Stories of invented events against the real index: look-alike events kept apart, the same stories
 * whatever the order articles arrive in, and copies and rewrites pointing to the original. On a
 * data folder of its own, so no other test's articles are candidates.
 */
@QuarkusTest
@TestProfile(StoryEventsTest.OwnData.class)
@QuarkusTestResource(ElasticsearchTestResource.class)
class StoryEventsTest {

  /** An empty node for each run. */
  public static class OwnData implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "newsdesk.data-dir",
          "target/story-events-" + System.currentTimeMillis(),
          "newsdesk.sample-data",
          "false");
    }
  }

  @Inject ArticleIndex index;
  @Inject Stories stories;
  @Inject StoryLookup lookup;

  @Test
  void twoFiresInOneTownDaysApartAreTwoStoriesWhateverTheOrder() {
    List<Article> depot = FictionalEvents.depotFire();
    List<Article> grain = FictionalEvents.grainStoreFire();
    List<Article> all = new ArrayList<>();
    // Latest first, one at a time: the order a rebuild never uses.
    for (int i = 2; i >= 0; i--) {
      all.add(grain.get(i));
      all.add(depot.get(i));
    }
    all.forEach(article -> ingest(List.of(article)));
    List<Set<String>> expected = List.of(ids(depot), ids(grain));

    Set<Set<String>> atIngest = partition(all);
    stories.rebuild();
    Set<Set<String>> rebuilt = partition(all);

    assertThat(atIngest)
        .as("placed one by one, latest first")
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(rebuilt).as("after a rebuild").isEqualTo(atIngest);
  }

  @Test
  void copiesAndRewritesPointToTheTextTheyTookAndDatesOrTheSharedSourceTell() {
    List<Article> wire = FictionalEvents.wireAndItsRewrites();
    ingest(wire);
    StorySummary story = stories.storyOf(wire.get(0).id()).orElseThrow();
    Map<String, StoryArticle> byId =
        story.articles().stream().collect(Collectors.toMap(StoryArticle::id, a -> a));

    assertThat(byId).containsOnlyKeys(ids(wire));
    assertThat(byId.get(wire.get(0).id()).relation()).isEqualTo(Relation.ORIGINAL);
    StoryArticle copy = byId.get(wire.get(1).id());
    assertThat(copy.relation()).as("published a day later").isEqualTo(Relation.COPY);
    assertThat(copy.relative()).hasValue(wire.get(0).id());
    assertThat(copy.directionKnown()).isTrue();
    for (Article undated : wire.subList(2, 4)) {
      StoryArticle rewrite = byId.get(undated.id());
      assertThat(rewrite.relation()).as(undated.title()).isEqualTo(Relation.REWRITE);
      assertThat(rewrite.relative()).as(undated.title()).hasValue(wire.get(0).id());
      assertThat(rewrite.directionKnown()).as("each took a different part of the wire").isTrue();
    }
  }

  private void ingest(List<Article> articles) {
    index.upsert(
        articles.stream()
            .map(a -> new ArticleIndex.Entry(a, "test", stories.fingerprint(a)))
            .toList());
    stories.place(articles.stream().map(Article::id).toList(), List.of());
  }

  private Set<Set<String>> partition(Collection<Article> articles) {
    Map<String, String> storyOf = lookup.storiesOf(ids(articles));
    Map<String, Set<String>> groups = new HashMap<>();
    storyOf.forEach(
        (article, story) -> groups.computeIfAbsent(story, s -> new HashSet<>()).add(article));
    return new HashSet<>(groups.values());
  }

  private static Set<String> ids(Collection<Article> articles) {
    return articles.stream().map(Article::id).collect(Collectors.toSet());
  }
}
