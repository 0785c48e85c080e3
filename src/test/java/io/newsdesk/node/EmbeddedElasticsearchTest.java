package io.newsdesk.node;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.TestArticles;
import io.newsdesk.index.ArticleIndex;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ElasticsearchTestResource.class)
class EmbeddedElasticsearchTest {

  @Inject EmbeddedElasticsearch node;
  @Inject ArticleIndex index;

  @BeforeEach
  void embeddedOnly() {
    assumeTrue(node.enabled(), "runs only against the embedded node");
  }

  @Test
  void articlesSurviveARestartOfTheNode() {
    String outlet = "node-restart-" + System.nanoTime();
    String id = TestArticles.index(index, outlet, "Lighthouse keepers vote to strike");

    node.stop();
    node.start();

    given()
        .queryParam("q", "lighthouse keepers")
        .queryParam("outlet", outlet)
        .when()
        .get("/api/search")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("hits[0].id", equalTo(id));
  }

  @Test
  void searchAnswers503WhileTheNodeIsDownAndRecoversAfter() {
    String outlet = "node-down-" + System.nanoTime();
    TestArticles.index(index, outlet, "Harbour cranes idle during the storm");
    node.stop();
    try {
      given()
          .queryParam("q", "cranes")
          .when()
          .get("/api/search")
          .then()
          .statusCode(503)
          .contentType("application/json")
          .body("error", containsString("cannot be reached"));
      given()
          .queryParam("q", "cranes")
          .when()
          .get("/search")
          .then()
          .statusCode(503)
          .contentType(containsString("text/html"))
          .body(containsString("Search is unavailable"))
          .body(containsString("try again in a moment"));
    } finally {
      node.start();
    }
    given()
        .queryParam("q", "cranes")
        .queryParam("outlet", outlet)
        .when()
        .get("/api/search")
        .then()
        .statusCode(200)
        .body("total", equalTo(1));
  }

  @Test
  void aRunningNodeIsRecordedSoACrashedPortalsNodeIsFoundAgain() {
    var state = NodeState.read(Path.of("target/test-data"));
    assertThat(state).isPresent();
    assertThat(state.get().processAlive()).isTrue();
  }
}
