package io.newsdesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.PackagedPortal;
import io.newsdesk.bench.ArticleGenerator;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Two portals, separate processes on one node, ingest the two halves of a corpus at the same time;
 * a third portal on a node of its own ingests the whole, request by request in the order the two
 * took turns resolving names. Every entity, every article's names, the facets and the entity pages
 * come out the same.
 *
 * <p>The order matters because the matching rules are the same in both runs: a surname alone joins
 * the person most named so far. The turns are read back from the entities: a request's turn is the
 * latest registration among the entities its articles name, which falls in its own turn whenever it
 * registers a new one (each request here does).
 */
class SharedRegistryIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ARTICLES = 240;
  private static final int PER_REQUEST = 20;

  @Test
  void twoPortalsIngestingAtOnceNameEveryEntityAsOnePortalDoes() throws Exception {
    List<String> requests = requests();
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      (i < requests.size() / 2 ? first : second).add(requests.get(i));
    }
    Path one = PackagedPortal.newFolder();
    Path two = PackagedPortal.newFolder();
    Path alone = PackagedPortal.newFolder();
    try {
      Corpus shared;
      try (PackagedPortal a = PackagedPortal.start(one, Map.of())) {
        URI node = a.node("");
        try (PackagedPortal b =
            PackagedPortal.start(
                two,
                Map.of("quarkus.elasticsearch.hosts", node.getHost() + ":" + node.getPort()))) {
          CompletableFuture<List<List<String>>> other =
              CompletableFuture.supplyAsync(() -> ingest(b, second));
          List<List<String>> ids = new ArrayList<>(ingest(a, first));
          ids.addAll(other.join());
          shared = corpus(a);
          requests = inTurns(a, requests, ids);
          assertThat(facets(b)).as("both portals answer alike").isEqualTo(shared.facets());
        }
      }
      Corpus single;
      try (PackagedPortal s = PackagedPortal.start(alone, Map.of())) {
        ingest(s, requests);
        single = corpus(s);
      }
      assertThat(shared.articles()).hasSize(ARTICLES);
      assertThat(shared.entities()).isNotEmpty().isEqualTo(single.entities());
      assertThat(shared.articles()).isEqualTo(single.articles());
      assertThat(shared.facets()).isEqualTo(single.facets());
      assertThat(shared.pages()).isNotEmpty().isEqualTo(single.pages());
    } finally {
      PackagedPortal.delete(one);
      PackagedPortal.delete(two);
      PackagedPortal.delete(alone);
    }
  }

  /** The corpus as JSON Lines, a request's worth each. */
  private static List<String> requests() {
    ArticleGenerator generator = new ArticleGenerator(31);
    List<String> out = new ArrayList<>();
    StringBuilder lines = new StringBuilder();
    for (int n = 0; n < ARTICLES; n++) {
      lines.append(generator.article(n).jsonLine()).append('\n');
      if ((n + 1) % PER_REQUEST == 0) {
        out.add(lines.toString());
        lines.setLength(0);
      }
    }
    return out;
  }

  /** Sends the requests one after another; returns the ids of each one's articles. */
  private static List<List<String>> ingest(PackagedPortal portal, List<String> requests) {
    List<List<String>> ids = new ArrayList<>();
    try {
      for (int i = 0; i < requests.size(); i++) {
        HttpResponse<String> response =
            portal.ingestJsonLines("part-" + i + ".jsonl", requests.get(i));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> written = new ArrayList<>();
        for (JsonNode result : JSON.readTree(response.body()).get("results")) {
          written.add(result.get("id").asText());
        }
        ids.add(written);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return ids;
  }

  /** The requests in the order their names were resolved. */
  private static List<String> inTurns(
      PackagedPortal portal, List<String> requests, List<List<String>> ids) throws Exception {
    Map<String, Long> registered = new HashMap<>();
    entities(portal, "created").forEach((key, created) -> registered.put(key, created.asLong()));
    Map<Long, String> byTurn = new TreeMap<>();
    for (int i = 0; i < requests.size(); i++) {
      long turn = 0;
      for (String id : ids.get(i)) {
        JsonNode article =
            JSON.readTree(portal.nodeRequest("GET", "/articles/_source/" + id, null).body());
        for (String field : List.of("persons", "organizations", "places")) {
          for (JsonNode name : article.path(field)) {
            turn = Math.max(turn, registered.getOrDefault(field + "/" + name.asText(), 0L));
          }
        }
      }
      assertThat(byTurn.put(turn, requests.get(i))).as("two requests in one turn").isNull();
    }
    return List.copyOf(byTurn.values());
  }

  /**
   * One field of every stored entity, by the articles' field for its type and its name; two
   * entities under one name would fail the test.
   */
  private static Map<String, JsonNode> entities(PackagedPortal portal, String field)
      throws Exception {
    Map<String, JsonNode> out = new TreeMap<>();
    JsonNode stored =
        search(
            portal,
            "/entities/_search",
            "{\"size\":10000,\"_source\":[\"type\",\"name\",\"" + field + "\"]}");
    for (JsonNode hit : stored.get("hits").get("hits")) {
      JsonNode e = hit.get("_source");
      String key = type(e.get("type").asText()) + "/" + e.get("name").asText();
      assertThat(out.put(key, e.get(field))).as("one entity named %s", key).isNull();
    }
    return out;
  }

  /** The articles' field that holds names of this entity type. */
  private static String type(String entityType) {
    return switch (entityType) {
      case "PERSON" -> "persons";
      case "ORGANIZATION" -> "organizations";
      default -> "places";
    };
  }

  /** What a reader sees of the corpus, keyed so two portals' answers compare. */
  private record Corpus(
      Map<String, Integer> entities,
      Map<String, String> articles,
      Map<String, String> facets,
      Map<String, String> pages) {}

  private static Corpus corpus(PackagedPortal portal) throws Exception {
    Map<String, Integer> entities = new TreeMap<>();
    entities(portal, "article_count").forEach((key, count) -> entities.put(key, count.asInt()));
    Map<String, String> articles = new TreeMap<>();
    JsonNode found =
        search(
            portal,
            "/articles/_search",
            "{\"size\":10000,\"_source\":[\"persons\",\"organizations\",\"places\"]}");
    for (JsonNode hit : found.get("hits").get("hits")) {
      articles.put(hit.get("_id").asText(), hit.get("_source").toString());
    }
    JsonNode answer = JSON.readTree(portal.get("/api/search?size=1").body()).get("facets");
    Map<String, String> pages = new TreeMap<>();
    for (String type : List.of("person", "place", "organization")) {
      JsonNode values = answer.get(type);
      for (int i = 0; values != null && i < Math.min(3, values.size()); i++) {
        String name = values.get(i).get("value").asText();
        HttpResponse<String> page =
            portal.get(
                "/api/entities/"
                    + type
                    + "/"
                    + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        pages.put(type + "/" + name, page.body());
      }
    }
    return new Corpus(entities, articles, facets(portal), pages);
  }

  /** The facets of a search for everything, as the portal's API answers. */
  private static Map<String, String> facets(PackagedPortal portal) throws Exception {
    Map<String, String> facets = new TreeMap<>();
    JsonNode answer = JSON.readTree(portal.get("/api/search?size=1").body()).get("facets");
    answer.fieldNames().forEachRemaining(name -> facets.put(name, answer.get(name).toString()));
    return facets;
  }

  private static JsonNode search(PackagedPortal portal, String path, String body) throws Exception {
    var response = portal.nodeRequest("POST", path, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
