package io.newsdesk.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.ElasticsearchTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ElasticsearchTestResource.class)
class IngestApiSidecarTest {

  @Test
  void aSidecarPartWinsOverTheManifestRowAndThePagesOwnMetadata() {
    String run = "sc" + Long.toString(System.nanoTime(), 36);
    String page =
        "<html lang=\"de\"><head><meta property=\"og:site_name\" content=\"Page Says\">"
            + "<meta property=\"article:published_time\" content=\"2020-01-01\"></head><body>"
            + "<article><h1>Harbour crane collapses</h1><p>A harbour crane collapsed on Sunday, "
            + run
            + ", injuring no one.</p><p>Inspectors closed the quay.</p></article></body></html>";
    String manifest =
        "file\toutlet\turl\tpublished\tlanguage\n"
            + "crane.html\tManifest Says\thttps://manifest.example/"
            + run
            + "\t2025-01-01\ten\n";
    String sidecar = "{\"outlet\": \"Sidecar Says\", \"published\": \"2025-03-09\"}";

    JsonPath result =
        IngestApiTest.admin()
            .multiPart("file", "crane.html", page.getBytes(StandardCharsets.UTF_8), "text/html")
            .multiPart(
                "file",
                "crane.html.json",
                sidecar.getBytes(StandardCharsets.UTF_8),
                "application/json")
            .multiPart(
                "manifest", "manifest.tsv", manifest.getBytes(StandardCharsets.UTF_8), "text/plain")
            .post("/api/ingest")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(result.getList("results.file")).containsExactly("crane.html");
    assertThat(result.getString("results[0].status")).isEqualTo("indexed");
    JsonPath article =
        given()
            .get("/api/articles/{id}", result.getString("results[0].id"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(article.getString("outlet")).isEqualTo("Sidecar Says");
    assertThat(article.getString("published")).isEqualTo("2025-03-09");
    assertThat(article.getString("url")).isEqualTo("https://manifest.example/" + run);
    assertThat(article.getString("language")).isEqualTo("en");
  }

  @Test
  void aFileWithABrokenSidecarIsRejectedNamingItAndTheRestOfTheBatchGoesOn() {
    String run = "sc" + Long.toString(System.nanoTime(), 36);

    JsonPath result =
        IngestApiTest.admin()
            .multiPart(
                "file",
                "a.txt",
                ("Title one " + run + "\n\nFirst text, " + run + ".")
                    .getBytes(StandardCharsets.UTF_8),
                "text/plain")
            .multiPart(
                "file",
                "a.txt.json",
                "{not json".getBytes(StandardCharsets.UTF_8),
                "application/json")
            .multiPart(
                "file",
                "b.txt",
                ("Title two " + run + "\n\nSecond text, " + run + ".")
                    .getBytes(StandardCharsets.UTF_8),
                "text/plain")
            .post("/api/ingest")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(result.getString("results.find { it.file == 'a.txt' }.status"))
        .isEqualTo("rejected");
    assertThat(result.getString("results.find { it.file == 'a.txt' }.reason"))
        .contains("a.txt.json is not valid JSON");
    assertThat(result.getString("results.find { it.file == 'b.txt' }.status")).isEqualTo("indexed");
  }
}
