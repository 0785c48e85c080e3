package io.newsdesk.cli;

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
import java.util.UUID;

/** Posts batches to a running portal's {@code POST /api/ingest}, with the admin token. */
final class PortalClient {

  // Enriching a batch (named-entity recognition) takes seconds per file on a small machine.
  private static final Duration ANSWER_TIME = Duration.ofMinutes(10);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI endpoint;
  private final String token;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  PortalClient(URI portal, String token) {
    this.endpoint = portal.resolve("/api/ingest");
    this.token = token;
  }

  /** One file's or article's outcome, as the portal reports it. */
  record Result(String file, String status, String reason) {}

  /** The portal refused the whole request, or could not be reached. */
  static final class Refused extends Exception {
    private final boolean fatal;

    Refused(String message, boolean fatal) {
      super(message, null, false, false);
      this.fatal = fatal;
    }

    /** No later batch can fare better: a wrong token, no portal at that address. */
    boolean isFatal() {
      return fatal;
    }
  }

  /**
   * @param parts the files of one batch, already read
   * @param manifest the batch's manifest, if any
   */
  List<Result> send(List<Upload> parts, Upload manifest) throws Refused {
    String boundary = "newsdesk-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Upload part : parts) {
      write(body, boundary, "file", part, "application/octet-stream");
    }
    if (manifest != null) {
      write(body, boundary, "manifest", manifest, "text/tab-separated-values");
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(ANSWER_TIME)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new Refused("could not reach the portal at " + endpoint + ": " + e, true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Refused("interrupted", true);
    }
    return results(response);
  }

  /** A file's name and bytes, ready to send. */
  record Upload(String name, byte[] bytes) {}

  private static List<Result> results(HttpResponse<String> response) throws Refused {
    JsonNode answer;
    try {
      answer = JSON.readTree(response.body());
    } catch (IOException e) {
      answer = null;
    }
    int status = response.statusCode();
    if (status != 200 || answer == null || !answer.path("results").isArray()) {
      String error =
          answer != null && answer.hasNonNull("error") ? answer.get("error").asText() : "";
      throw new Refused(
          "the portal answered HTTP " + status + (error.isEmpty() ? "" : ": " + error),
          status == 401 || status == 403 || status == 404);
    }
    List<Result> results = new ArrayList<>();
    for (JsonNode result : answer.get("results")) {
      results.add(
          new Result(
              result.path("file").asText(),
              result.path("status").asText(),
              result.hasNonNull("reason") ? result.get("reason").asText() : null));
    }
    return results;
  }

  private static void write(
      ByteArrayOutputStream body, String boundary, String field, Upload part, String type) {
    String fileName = part.name().replace("\"", "%22").replaceAll("[\\r\\n]", " ");
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + field
            + "\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: "
            + type
            + "\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(part.bytes());
    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
  }
}
