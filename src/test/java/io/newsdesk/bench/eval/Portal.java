package io.newsdesk.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the harness asks the portal (its HTTP API) and, for the baseline only, the portal's
 * Elasticsearch node directly.
 */
final class Portal {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BOUNDARY = "newsdesk-eval-5b1e9a";

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI portal;
  private final URI node;
  private final String token;

  Portal(URI portal, URI node, String token) {
    this.portal = portal;
    this.node = node;
    this.token = token;
  }

  /** What the portal answered for one file: its article id, or null with a reason. */
  record Ingested(String status, String id, String reason) {}

  /**
   * Posts files with a manifest holding only what a publisher would send (file, outlet, url,
   * published, language); the labels stay here.
   */
  Map<String, Ingested> ingest(List<Corpus.Entry> batch) {
    StringBuilder manifest = new StringBuilder("file\toutlet\turl\tpublished\tlanguage\n");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      for (Corpus.Entry e : batch) {
        manifest.append(
            String.join("\t", e.file(), e.outlet(), e.url(), e.published(), e.language()) + "\n");
        part(body, "file", e.file(), Files.readAllBytes(e.path()));
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    part(body, "manifest", "manifest.tsv", manifest.toString().getBytes(StandardCharsets.UTF_8));
    body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    JsonNode answer =
        send(
            HttpRequest.newBuilder(portal.resolve("/api/ingest"))
                .timeout(Duration.ofMinutes(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    Map<String, Ingested> results = new LinkedHashMap<>();
    for (JsonNode r : answer.path("results")) {
      results.put(
          r.path("file").asText(),
          new Ingested(
              r.path("status").asText(),
              r.hasNonNull("id") ? r.path("id").asText() : null,
              r.path("reason").asText("")));
    }
    return results;
  }

  private static void part(ByteArrayOutputStream body, String name, String file, byte[] bytes) {
    body.writeBytes(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\""
                + name
                + "\"; filename=\""
                + file
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(bytes);
    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
  }

  /** Makes everything written so far visible to searches. */
  void refresh() {
    send(
        HttpRequest.newBuilder(node.resolve("/_refresh"))
            .POST(HttpRequest.BodyPublishers.noBody()));
  }

  /**
   * Merges the articles index into one segment: documents the portal rewrote (entities, stories)
   * leave deleted copies that still count in BM25's term statistics until a merge, so without this
   * two runs of one corpus rank slightly differently.
   */
  void settle() {
    send(
        HttpRequest.newBuilder(node.resolve("/articles/_forcemerge?max_num_segments=1"))
            .POST(HttpRequest.BodyPublishers.noBody()));
    refresh();
  }

  /** The ids of the portal's first results for a query. */
  List<String> search(String query, int size) {
    JsonNode answer =
        send(
            HttpRequest.newBuilder(
                portal.resolve("/api/search?size=" + size + "&q=" + encode(query))));
    return ids(answer.path("hits"), "id");
  }

  /** The ids of the first results of a plain BM25 match over title and body, from the node. */
  List<String> baseline(String query, int size) {
    Map<String, Object> request =
        Map.of(
            "size",
            size,
            "_source",
            false,
            "query",
            Map.of("multi_match", Map.of("query", query, "fields", List.of("title", "body"))));
    JsonNode answer =
        send(
            HttpRequest.newBuilder(node.resolve("/articles/_search"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(request))));
    return ids(answer.path("hits").path("hits"), "_id");
  }

  /** The canonical names of the people an article is about (its person facet values). */
  List<String> persons(String articleId) {
    JsonNode article =
        send(HttpRequest.newBuilder(portal.resolve("/api/articles/" + encode(articleId))));
    List<String> names = new ArrayList<>();
    for (JsonNode person : article.path("persons")) {
      if (!person.path("role").asText().equals("credit")) {
        names.add(person.path("name").asText());
      }
    }
    return names;
  }

  /** Every story: its id to its title and member article ids. */
  Map<String, Story> stories() {
    Map<String, Story> stories = new LinkedHashMap<>();
    for (int page = 1; ; page++) {
      JsonNode answer =
          send(HttpRequest.newBuilder(portal.resolve("/api/stories?size=100&page=" + page)));
      JsonNode list = answer.path("stories");
      if (list.isEmpty()) {
        return stories;
      }
      for (JsonNode story : list) {
        stories.put(
            story.path("id").asText(),
            new Story(story.path("title").asText(), ids(story.path("articles"), "id")));
      }
    }
  }

  /** A story of the portal. */
  record Story(String title, List<String> articles) {}

  private static List<String> ids(JsonNode array, String field) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.path(field).asText()));
    return ids;
  }

  private JsonNode send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofMinutes(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
