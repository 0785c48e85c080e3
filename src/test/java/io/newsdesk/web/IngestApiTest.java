package io.newsdesk.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.Seeds;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ElasticsearchTestResource.class)
public class IngestApiTest {

  static final String TOKEN = "Bearer test-admin-token";

  public static RequestSpecification admin() {
    return given().header("Authorization", TOKEN);
  }

  @Test
  void seedsWithTheirManifestAreIndexedOnceAndThenReportedUnchanged() {
    Seeds.assumePresent();
    List<Path> seeds = Seeds.articles();

    JsonPath first = postSeeds(seeds);
    JsonPath second = postSeeds(seeds);

    assertThat(first.getList("results.status", String.class))
        .hasSize(seeds.size())
        .isSubsetOf("indexed", "unchanged");
    assertThat(second.getList("results.status")).hasSize(seeds.size()).containsOnly("unchanged");
    assertThat(second.getList("results.id")).isEqualTo(first.getList("results.id"));
    assertThat(first.getList("results.id", String.class)).doesNotHaveDuplicates();
  }

  @Test
  void aPhraseSearchFindsTheSeedsThatContainItWithMarkedSnippets() {
    Seeds.assumePresent();
    postSeeds(Seeds.articles());
    long containing =
        Seeds.articles().stream()
            .filter(p -> Seeds.text(p).toLowerCase(Locale.ROOT).contains("reassurance force"))
            .count();

    JsonPath result =
        given()
            .queryParam("q", "\"reassurance force\"")
            .when()
            .get("/api/search")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(result.getLong("total")).isEqualTo(containing);
    List<List<String>> snippets = result.getList("hits.snippets");
    assertThat(snippets)
        .allSatisfy(
            s ->
                assertThat(String.join(" ", s))
                    .containsPattern("(?i)<mark>reassurance( force)?</mark>"));
  }

  @Test
  void aBadBatchReportsEachBrokenFileAndIndexesTheGoodOne() {
    byte[] binary = {0x00, 0x01, 0x02, (byte) 0xff, 0x00, 0x13, 0x37, 0x00};
    byte[] latin1Invalid = "Caf\u00e9 owners protest".getBytes(StandardCharsets.UTF_16LE);
    byte[] oversize =
        ("Harbour news\n\n" + "word ".repeat(1_300_000)).getBytes(StandardCharsets.UTF_8);
    String run = Long.toString(System.nanoTime(), 36);
    String good =
        "Ferry timetable " + run + " restored\n\nThe island ferry resumes its full timetable.";

    JsonPath result =
        admin()
            .multiPart("file", "empty.txt", new byte[0], "text/plain")
            .multiPart("file", "binary.bin", binary, "application/octet-stream")
            .multiPart("file", "utf16.txt", latin1Invalid, "text/plain")
            .multiPart("file", "huge.txt", oversize, "text/plain")
            .multiPart("file", "good.txt", good.getBytes(StandardCharsets.UTF_8), "text/plain")
            .when()
            .post("/api/ingest")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    Map<String, String> statusByFile =
        result.getList("results", Map.class).stream()
            .collect(
                Collectors.toMap(
                    r -> (String) r.get("file"), r -> (String) r.get("status"), (a, b) -> a));
    assertThat(statusByFile)
        .containsEntry("empty.txt", "rejected")
        .containsEntry("binary.bin", "rejected")
        .containsEntry("huge.txt", "rejected")
        .containsEntry("good.txt", "indexed");
    assertThat(result.getList("results.findAll { it.status == 'rejected' }.reason", String.class))
        .allSatisfy(reason -> assertThat(reason).isNotBlank());
    given()
        .queryParam("q", "\"island ferry resumes\" " + run)
        .when()
        .get("/api/search")
        .then()
        .body("total", equalTo(1));
  }

  @Test
  void theAnswerTellsHowLongEachStepTook() {
    String run = Long.toString(System.nanoTime(), 36);
    JsonPath result =
        postText("timed.txt", "Lock repairs " + run + "\n\nThe canal lock at Harwick reopens.");

    Map<String, Integer> took = result.getMap("took_ms");
    assertThat(took)
        .containsOnlyKeys("read", "enrich", "fingerprint", "index", "entities", "stories", "total")
        .allSatisfy((step, ms) -> assertThat(ms).isNotNegative());
    assertThat(took.get("total"))
        .isGreaterThanOrEqualTo(took.get("index") + took.get("entities") + took.get("stories"));
  }

  @Test
  void anArticleWithoutALanguageGetsTheOneItIsWrittenIn() {
    String run = Long.toString(System.nanoTime(), 36);
    String id =
        postText(
                "piscine.txt",
                "Piscine fermée "
                    + run
                    + "\n\nLe conseil municipal a voté mardi soir la fermeture de la piscine"
                    + " pendant tout l'été, faute de personnel pour surveiller les bassins.")
            .getString("results[0].id");

    given()
        .when()
        .get("/api/articles/" + id)
        .then()
        .statusCode(200)
        .body("language", equalTo("fr"));
  }

  private JsonPath postText(String fileName, String text) {
    return admin()
        .multiPart("file", fileName, text.getBytes(StandardCharsets.UTF_8), "text/plain")
        .when()
        .post("/api/ingest")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void writingWithoutTheAdminTokenIsRefused() {
    given()
        .multiPart("file", "a.txt", "Title\n\nBody".getBytes(StandardCharsets.UTF_8), "text/plain")
        .when()
        .post("/api/ingest")
        .then()
        .statusCode(401);
    given()
        .header("Authorization", "Bearer wrong")
        .multiPart("file", "a.txt", "Title\n\nBody".getBytes(StandardCharsets.UTF_8), "text/plain")
        .when()
        .post("/api/ingest")
        .then()
        .statusCode(401)
        .body("error", org.hamcrest.Matchers.containsString("Bearer"));
  }

  @Test
  void aChangedTextIsUpdatedInPlace() {
    String v1 = "Council approves harbour budget\n\nThe council approved the harbour budget.";
    String v2 =
        "Council approves harbour budget\n\nThe council approved the harbour budget on Tuesday.";
    String manifest =
        "file\toutlet\turl\tpublished\tlanguage\nbudget.txt\tTest Gazette\thttps://gazette.example/budget\t2025-03-01\ten\n";

    String id = ingestOne("budget.txt", v1, manifest).getString("results[0].id");
    JsonPath updated = ingestOne("budget.txt", v2, manifest);

    assertThat(updated.getString("results[0].status")).isEqualTo("updated");
    assertThat(updated.getString("results[0].id")).isEqualTo(id);
    given()
        .queryParam("q", "harbour budget")
        .queryParam("outlet", "Test Gazette")
        .when()
        .get("/api/search")
        .then()
        .body("total", equalTo(1))
        .body("hits", hasSize(1))
        .body("hits.outlet", everyItem(equalTo("Test Gazette")));
  }

  private static JsonPath ingestOne(String name, String text, String manifest) {
    return admin()
        .multiPart("file", name, text.getBytes(StandardCharsets.UTF_8), "text/plain")
        .multiPart(
            "manifest",
            "manifest.tsv",
            manifest.getBytes(StandardCharsets.UTF_8),
            "text/tab-separated-values")
        .when()
        .post("/api/ingest")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The seeds with their manifest, as one upload by the admin. */
  public static JsonPath postSeeds(List<Path> seeds) {
    RequestSpecification request = admin();
    for (Path seed : seeds) {
      request = request.multiPart("file", seed.toFile(), "text/plain");
    }
    return request
        .multiPart("manifest", Seeds.manifest().toFile(), "text/tab-separated-values")
        .when()
        .post("/api/ingest")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
