package io.newsdesk.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.OwnStories;
import io.newsdesk.SampleCorpus;
import io.newsdesk.Seeds;
import io.newsdesk.pipeline.IngestPipeline;
import io.newsdesk.pipeline.IngestResult;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(OwnStories.class)
@QuarkusTestResource(ElasticsearchTestResource.class)
class StoriesApiTest {

  @Inject IngestPipeline pipeline;

  @Test
  void theFiveSeedsAreOneStoryFromFiveOutletsWithTheirRewritesMarked() {
    Seeds.assumePresent();
    List<String> seeds = IngestApiTest.postSeeds(Seeds.articles()).getList("results.id");
    Map<String, String> sample = ingestSampleCorpus();

    JsonPath story = storyOf(seeds.get(0));
    System.out.println("Seed story: " + story.prettify());

    assertThat(story.getList("articles.id", String.class))
        .as("all five seeds and nothing else")
        .containsExactlyInAnyOrderElementsOf(seeds)
        .doesNotContainAnyElementsOf(sample.values());
    assertThat(story.getList("outlets", String.class))
        .hasSize(5)
        .contains("Financial Times", "Caliber.Az", "RT", "TheJournal.ie");
    Map<String, String> relations = relations(story);
    // Two undated rewrites each share more of the FT's text than of each other's: it is their
    // source.
    assertThat(relations.get(seeds.get(0))).as("the FT story").isEqualTo("original");
    assertThat(relations.get(seeds.get(1))).as("the rewrite of the FT story").isEqualTo("rewrite");
    assertThat(relations.get(seeds.get(2))).as("shares the FT's quotes").isEqualTo("rewrite");
    for (int rewrite : List.of(1, 2)) {
      assertThat(
              story.getString("articles.find { it.id == '" + seeds.get(rewrite) + "' }.relative"))
          .as("a rewrite points to the FT story")
          .isEqualTo(seeds.get(0));
    }
    assertThat(relations.get(seeds.get(3))).isEqualTo("coverage");
    assertThat(relations.get(seeds.get(4))).isEqualTo("coverage");
    assertThat(story.getString("first_published")).isEqualTo("2025-02-24");
    assertThat(story.getString("last_published")).isEqualTo("2025-02-25");
  }

  @Test
  void whereDatesAllowTheEarlierArticleIsTheOriginal() {
    Map<String, String> sample = ingestSampleCorpus();

    JsonPath ferry = storyOf(sample.get("002-calla-rose-aground.txt"));
    Map<String, String> relations = relations(ferry);
    assertThat(relations.get(sample.get("002-calla-rose-aground.txt"))).isEqualTo("original");
    assertThat(relations.get(sample.get("005-ferry-reef-rescue.txt"))).isEqualTo("rewrite");
    assertThat(relations.get(sample.get("003-ferry-evacuation-holm.txt"))).isEqualTo("coverage");
    assertThat(ferry.getList("outlets", String.class))
        .as("the unknown publisher is named after its web site")
        .contains("coastline-today.example");

    JsonPath strike = storyOf(sample.get("010-port-velsk-strike-wire.txt"));
    Map<String, String> strikeRelations = relations(strike);
    assertThat(strikeRelations.get(sample.get("011-dockers-walk-out.txt"))).isEqualTo("copy");
    assertThat(strike.getFloat("articles.find { it.relation == 'copy' }.similarity"))
        .isGreaterThan(0.6f);
  }

  @Test
  void storiesAreFilteredLikeASearch() {
    Map<String, String> sample = ingestSampleCorpus();
    String strikeStory = storyOf(sample.get("010-port-velsk-strike-wire.txt")).getString("id");
    String psalterStory = storyOf(sample.get("025-psalter-stolen.txt")).getString("id");

    List<String> ids =
        given()
            .queryParam("q", "dockworkers")
            .queryParam("outlet", "Meridian Wire")
            .when()
            .get("/api/stories")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("stories.id");

    assertThat(ids).contains(strikeStory).doesNotContain(psalterStory);
    given()
        .queryParam("from", "x")
        .when()
        .get("/api/stories")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("from"));
  }

  @Test
  void sourcesGroupTheResultsByOutlet() {
    ingestSampleCorpus();

    JsonPath sources =
        given()
            .queryParam("q", "\"Port Velsk\" strike")
            .when()
            .get("/api/sources")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    List<String> outlets = sources.getList("groups.outlet");
    assertThat(outlets).doesNotHaveDuplicates().contains("Meridian Wire", "The Lanford Ledger");
    List<Integer> counts = sources.getList("groups.count", Integer.class);
    assertThat(counts).isSortedAccordingTo((a, b) -> b - a);
    assertThat(sources.getList("groups.collect { it.hits.size() }", Integer.class))
        .allSatisfy(size -> assertThat(size).isBetween(1, 3));
    assertThat(sources.getString("groups[0].hits[0].title_html")).contains("<mark>");
  }

  @Test
  void rebuildingNeedsTheAdminTokenAndKeepsTheStories() {
    Map<String, String> sample = ingestSampleCorpus();
    String before = storyOf(sample.get("030-cbv-rate-wire.txt")).getString("id");

    given().when().post("/api/stories/rebuild").then().statusCode(401);
    JsonPath rebuilt =
        IngestApiTest.admin()
            .when()
            .post("/api/stories/rebuild")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(rebuilt.getLong("articles")).isGreaterThanOrEqualTo(sample.size());
    assertThat(storyOf(sample.get("030-cbv-rate-wire.txt")).getString("id"))
        .as("the same story keeps its id")
        .isEqualTo(before);
    given().when().get("/api/stories/no-such-story").then().statusCode(404);
  }

  private Map<String, String> ingestSampleCorpus() {
    Map<String, String> ids = new LinkedHashMap<>();
    for (IngestResult result : pipeline.ingest(SampleCorpus.files())) {
      ids.put(result.file(), result.id());
    }
    return ids;
  }

  static JsonPath storyOf(String articleId) {
    String storyId =
        given()
            .when()
            .get("/api/stories?size=100")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("stories.find { it.articles.any { a -> a.id == '" + articleId + "' } }.id");
    assertThat(storyId).as("a story holds article " + articleId).isNotNull();
    return given()
        .when()
        .get("/api/stories/" + storyId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static Map<String, String> relations(JsonPath story) {
    Map<String, String> relations = new LinkedHashMap<>();
    List<Map<String, Object>> articles = story.getList("articles");
    articles.forEach(a -> relations.put((String) a.get("id"), (String) a.get("relation")));
    return relations;
  }
}
