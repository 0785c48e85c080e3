package io.newsdesk.cli;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.LoopbackServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ElasticsearchTestResource.class)
class IngestCommandTest {

  @TestHTTPResource("/")
  URL portal;

  Path dir;

  String run;

  @BeforeEach
  void word() throws IOException {
    run = "cl" + Long.toString(System.nanoTime(), 36);
    dir = Files.createTempDirectory("ingest-command");
  }

  @AfterEach
  void clean() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /** What a run printed and how it ended. */
  record Run(int status, String out, String err) {}

  @Test
  void aFolderIsIngestedWithItsManifestAndSidecarsAndARejectedFileMakesTheExitStatusOne()
      throws IOException {
    Path folder = Files.createDirectories(dir.resolve("batch"));
    Files.writeString(
        folder.resolve("quay.txt"),
        "Quay closes " + run + "\n\nThe quay closed on Monday, " + run + ".");
    Files.writeString(
        folder.resolve("manifest.tsv"),
        "file\toutlet\turl\tpublished\tlanguage\nquay.txt\tManifest Post\t\t2025-03-03\ten\n");
    Path nested = Files.createDirectories(folder.resolve("more"));
    Files.writeString(
        nested.resolve("tug.html"),
        "<html><body><article><h1>Tug rescued "
            + run
            + "</h1><p>A tug was rescued off the point, "
            + run
            + ".</p><p>Its crew are safe.</p></article></body></html>");
    Files.writeString(nested.resolve("tug.json"), "{\"outlet\": \"Sidecar Post\"}");
    Files.write(nested.resolve("photo.bin"), new byte[] {0, 1, 2, 3, 0, 0, 7});
    Files.writeString(
        Files.createDirectories(folder.resolve(".cache")).resolve("skip.txt"),
        "Hidden\n\nNot sent " + run);

    Run result = ingest(folder.toString());

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).contains("2 indexed, 0 updated, 0 unchanged, 1 rejected");
    assertThat(result.out()).contains("rejected " + nested.resolve("photo.bin")).contains("binary");
    assertThat(result.err()).contains("Ingesting");
    given().queryParam("q", run).get("/api/search").then().body("total", equalTo(2));
    given()
        .queryParam("q", run)
        .queryParam("outlet", "Sidecar Post")
        .get("/api/search")
        .then()
        .body("total", equalTo(1));
    given()
        .queryParam("q", run)
        .queryParam("outlet", "Manifest Post")
        .get("/api/search")
        .then()
        .body("total", equalTo(1));
  }

  @Test
  void filesAlreadyIngestedAreUnchangedAndACleanRunExitsZero() throws IOException {
    Path story = dir.resolve("ferry.txt");
    Files.writeString(
        story, "Ferry returns " + run + "\n\nThe ferry returned to service, " + run + ".");

    Run first = ingest(story.toString());
    Run second = ingest(story.toString());

    assertThat(first.status()).isZero();
    assertThat(first.out()).contains("1 indexed, 0 updated, 0 unchanged, 0 rejected");
    assertThat(second.status()).isZero();
    assertThat(second.out()).contains("0 indexed, 0 updated, 1 unchanged, 0 rejected");
  }

  @Test
  void aPageUrlIsFetchedAndIndexedUnderItsAddressAndAMissingPathIsRejected() {
    try (LoopbackServer server = LoopbackServer.start()) {
      server.serve(
          "/news/lighthouse-" + run,
          "text/html",
          "<html><body><article><h1>Lighthouse relit</h1><p>The old lighthouse was relit on"
              + " Saturday, "
              + run
              + ".</p><p>Crowds watched from the cliffs.</p></article></body></html>");
      String url = server.uri("/news/lighthouse-" + run).toString();

      Run result = ingest(url, dir.resolve("nowhere.txt").toString());

      assertThat(result.status()).isEqualTo(1);
      assertThat(result.out())
          .contains("1 indexed")
          .contains("rejected " + dir.resolve("nowhere.txt") + ": no such file or folder");
      String id =
          given().queryParam("q", run).get("/api/search").then().extract().path("hits[0].id");
      given().get("/api/articles/{id}", id).then().body("url", equalTo(url));
    }
  }

  @Test
  void aWrongTokenIsReportedAndExitsOne() throws IOException {
    Path story = dir.resolve("x.txt");
    Files.writeString(story, "Title\n\nText " + run + ".");

    Run result = capture("--portal", portal.toString(), "--token", "wrong", story.toString());

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).contains("not sent: the portal answered HTTP 401");
  }

  private Run ingest(String... inputs) {
    String[] args = new String[inputs.length + 4];
    args[0] = "--portal";
    args[1] = portal.toString();
    args[2] = "--token";
    args[3] = "test-admin-token";
    System.arraycopy(inputs, 0, args, 4, inputs.length);
    return capture(args);
  }

  private static Run capture(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        IngestCommand.run(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            args);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
