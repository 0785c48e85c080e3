package io.newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.PackagedPortal;
import io.newsdesk.bench.ArticleGenerator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A portal killed with SIGKILL in the middle of a batch (indexed, its later steps under way); the
 * next portal on the same data finishes the batch at start without it being sent again.
 */
class CrashHealingIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ARTICLES = 300;
  private static final String PENDING = "{\"query\":{\"exists\":{\"field\":\"pending_steps\"}}}";

  @Test
  void aBatchKilledAfterIndexingReachesItsStoriesAndFacetsAtTheNextStart() throws Exception {
    Path folder = PackagedPortal.newFolder();
    try {
      StringBuilder lines = new StringBuilder();
      ArticleGenerator generator = new ArticleGenerator(12);
      for (int n = 0; n < ARTICLES; n++) {
        lines.append(generator.article(n).jsonLine()).append('\n');
      }
      long leftPending;
      try (PackagedPortal first = PackagedPortal.start(folder, Map.of())) {
        CompletableFuture.runAsync(
            () -> {
              try {
                first.ingestJsonLines("batch.jsonl", lines.toString());
              } catch (Exception killed) {
                // the portal dies under this request
              }
            });
        awaitCount(first, "/articles/_count", ARTICLES, Duration.ofMinutes(10));
        first.kill();
        leftPending = count(first, "/articles/_count", PENDING);
      }
      assertThat(leftPending).as("the kill came before the batch was finished").isPositive();
      System.out.printf(
          "CrashHealingIT: %d of %d articles left unfinished%n", leftPending, ARTICLES);

      try (PackagedPortal second =
          PackagedPortal.start(folder, Map.of("newsdesk.healing.grace", "0s"))) {
        awaitCount(second, "/articles/_count", 0, PENDING, Duration.ofMinutes(5));
        Map<String, JsonNode> articles = articles(second);
        assertThat(articles).hasSize(ARTICLES);
        assertEveryArticleInOneStory(second, articles);
        assertFacetValuesAreRegisteredOnce(second, articles);
      }
    } finally {
      PackagedPortal.delete(folder);
    }
  }

  private static void assertEveryArticleInOneStory(
      PackagedPortal portal, Map<String, JsonNode> articles) throws Exception {
    JsonNode stories =
        search(portal, "/stories/_search", "{\"size\":10000,\"_source\":[\"article_ids\"]}");
    Map<String, Integer> placed = new HashMap<>();
    for (JsonNode hit : stories.get("hits").get("hits")) {
      for (JsonNode id : hit.get("_source").get("article_ids")) {
        placed.merge(id.asText(), 1, Integer::sum);
      }
    }
    for (String id : articles.keySet()) {
      assertThat(placed.get(id)).as("stories holding article %s", id).isEqualTo(1);
    }
  }

  /**
   * Every name an article carries is a stored entity (no article left under a name the directory
   * renamed), counted once per article that carries it (no batch registered twice).
   */
  private static void assertFacetValuesAreRegisteredOnce(
      PackagedPortal portal, Map<String, JsonNode> articles) throws Exception {
    Map<String, Integer> carriers = new HashMap<>();
    for (JsonNode article : articles.values()) {
      for (String field : List.of("persons", "organizations", "places", "credited_persons")) {
        String type = field.equals("credited_persons") ? "persons" : field;
        article
            .get(field)
            .forEach(name -> carriers.merge(type + "/" + name.asText(), 1, Integer::sum));
      }
    }
    JsonNode entities =
        search(
            portal,
            "/entities/_search",
            "{\"size\":10000,\"_source\":[\"type\",\"name\",\"article_count\"]}");
    Map<String, Integer> counted = new HashMap<>();
    for (JsonNode hit : entities.get("hits").get("hits")) {
      JsonNode entity = hit.get("_source");
      String type =
          switch (entity.get("type").asText()) {
            case "PERSON" -> "persons";
            case "ORGANIZATION" -> "organizations";
            default -> "places";
          };
      counted.put(type + "/" + entity.get("name").asText(), entity.get("article_count").asInt());
    }
    assertThat(carriers).isNotEmpty();
    assertThat(counted).containsAllEntriesOf(carriers);
    var facets = JSON.readTree(portal.get("/api/search?size=1").body()).get("facets").get("person");
    for (JsonNode value : facets) {
      assertThat(carriers).containsKey("persons/" + value.get("value").asText());
    }
  }

  private static Map<String, JsonNode> articles(PackagedPortal portal) throws Exception {
    JsonNode found =
        search(
            portal,
            "/articles/_search",
            "{\"size\":10000,\"_source\":[\"persons\",\"organizations\",\"places\","
                + "\"credited_persons\"]}");
    Map<String, JsonNode> articles = new HashMap<>();
    for (JsonNode hit : found.get("hits").get("hits")) {
      articles.put(hit.get("_id").asText(), hit.get("_source"));
    }
    return articles;
  }

  private static JsonNode search(PackagedPortal portal, String path, String body) throws Exception {
    var response = portal.nodeRequest("POST", path, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static long count(PackagedPortal portal, String path, String query) throws Exception {
    var response = portal.nodeRequest("POST", path, query);
    return response.statusCode() == 200 ? JSON.readTree(response.body()).get("count").asLong() : -1;
  }

  private static void awaitCount(PackagedPortal portal, String path, long wanted, Duration limit)
      throws Exception {
    awaitCount(portal, path, wanted, "{\"query\":{\"match_all\":{}}}", limit);
  }

  private static void awaitCount(
      PackagedPortal portal, String path, long wanted, String query, Duration limit)
      throws Exception {
    Instant deadline = Instant.now().plus(limit);
    long seen = -1;
    while (Instant.now().isBefore(deadline)) {
      seen = count(portal, path, query);
      if (seen == wanted) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(
        path
            + " counted "
            + seen
            + ", not "
            + wanted
            + ", within "
            + limit
            + ":\n"
            + portal.logTail());
  }
}
