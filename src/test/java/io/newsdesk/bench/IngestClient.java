package io.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Posts batches of generated articles to {@code /api/ingest} as one JSON Lines file each. */
final class IngestClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BOUNDARY = "newsdesk-bench-7d3f0c";

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI endpoint;
  private final String token;

  IngestClient(URI portal, String token) {
    this.endpoint = portal.resolve("/api/ingest");
    this.token = token;
  }

  /** A multipart request body holding one JSON Lines file. */
  record Batch(int articles, byte[] body) {

    static Batch of(ArticleGenerator generator, int first, int count) {
      StringBuilder lines = new StringBuilder();
      for (int n = first; n < first + count; n++) {
        lines.append(generator.article(n).jsonLine()).append('\n');
      }
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.writeBytes(
          ("--"
                  + BOUNDARY
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"batch-"
                  + first
                  + ".jsonl\"\r\nContent-Type: application/x-ndjson\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(lines.toString().getBytes(StandardCharsets.UTF_8));
      body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return new Batch(count, body.toByteArray());
    }
  }

  /**
   * What the portal answered for one batch ("failed" when the request itself failed), with the
   * milliseconds it says each step took.
   */
  record Result(
      int articles,
      long nanos,
      Map<String, Integer> statuses,
      List<String> problems,
      Map<String, Long> stepMillis) {}

  Result post(Batch batch) throws InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofMinutes(10))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(batch.body()))
            .build();
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      long nanos = System.nanoTime() - start;
      if (response.statusCode() != 200) {
        return failed(batch, nanos, "HTTP " + response.statusCode() + ": " + response.body());
      }
      Map<String, Integer> statuses = new TreeMap<>();
      List<String> problems = new ArrayList<>();
      JsonNode answer = JSON.readTree(response.body());
      Map<String, Long> steps = new TreeMap<>();
      answer
          .path("took_ms")
          .fields()
          .forEachRemaining(f -> steps.put(f.getKey(), f.getValue().asLong()));
      for (JsonNode result : answer.path("results")) {
        String status = result.path("status").asText();
        statuses.merge(status, 1, Integer::sum);
        if (status.equals("rejected")) {
          problems.add(result.path("file").asText() + ": " + result.path("reason").asText());
        }
      }
      return new Result(batch.articles(), nanos, statuses, problems, steps);
    } catch (IOException e) {
      return failed(batch, System.nanoTime() - start, e.toString());
    }
  }

  private static Result failed(Batch batch, long nanos, String problem) {
    return new Result(
        batch.articles(), nanos, Map.of("failed", batch.articles()), List.of(problem), Map.of());
  }
}
