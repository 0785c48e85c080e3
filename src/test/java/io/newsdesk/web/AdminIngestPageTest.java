package io.newsdesk.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.newsdesk.ElasticsearchTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ElasticsearchTestResource.class)
class AdminIngestPageTest {

  String run;

  @BeforeEach
  void word() {
    run = "ai" + Long.toString(System.nanoTime(), 36);
  }

  @Test
  void theFormAsksForFilesAManifestAndTheAdminTokenAndPostsMultipart() {
    Document page =
        Jsoup.parse(given().get("/admin/ingest").then().statusCode(200).extract().asString());

    Element form = page.selectFirst("form[action=/admin/ingest]");
    assertThat(form).isNotNull();
    assertThat(form.attr("method")).isEqualTo("post");
    assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
    assertThat(form.selectFirst("input[type=file][name=file][multiple]")).isNotNull();
    assertThat(form.selectFirst("input[type=file][name=manifest]")).isNotNull();
    assertThat(form.selectFirst("input[type=password][name=token]")).isNotNull();
    for (Element input : form.select("input")) {
      assertThat(page.selectFirst("label[for=" + input.id() + "]")).isNotNull();
    }
    assertThat(page.select("script:not([src]), style, [style]")).isEmpty();
  }

  @Test
  void anUploadWithTheTokenShowsEachFilesResultAndIndexesTheGoodOnes() {
    Response response =
        upload("test-admin-token")
            .multiPart("file", "empty.txt", new byte[0], "text/plain")
            // What a browser sends for a file field left empty.
            .multiPart("manifest", "", new byte[0], "application/octet-stream")
            .post("/admin/ingest");

    assertThat(response.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(response.asString());
    assertThat(page.select("tbody tr")).hasSize(3);
    assertThat(row(page, "pier.txt")).contains("indexed");
    assertThat(row(page, "pier.html")).contains("indexed");
    assertThat(row(page, "empty.txt")).isEqualTo("empty.txt rejected empty file");
    assertThat(page.selectFirst("caption").text())
        .isEqualTo("2 indexed, 0 updated, 0 unchanged, 1 rejected");
    assertThat(page.select("tbody a[href^=/articles/]")).hasSize(2);
    given()
        .queryParam("q", run)
        .queryParam("outlet", "Sidecar Weekly")
        .get("/api/search")
        .then()
        .body("total", equalTo(1));
  }

  @Test
  void aPostWithoutTheRightTokenIsRefusedAndIngestsNothing() {
    Response missing = upload(null).post("/admin/ingest");
    Response wrong = upload("guess").post("/admin/ingest");

    assertThat(missing.statusCode()).isEqualTo(401);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(Jsoup.parse(wrong.asString()).selectFirst(".notice.error").text()).contains("token");
    given().queryParam("q", run).get("/api/search").then().body("total", equalTo(0));
  }

  @Test
  void aPostThatTheBrowserMarksAsCrossSiteIsRefusedEvenWithTheToken() {
    Response crossSite =
        upload("test-admin-token").header("Sec-Fetch-Site", "cross-site").post("/admin/ingest");
    Response sameSite =
        upload("test-admin-token").header("Sec-Fetch-Site", "same-site").post("/admin/ingest");

    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(sameSite.statusCode()).isEqualTo(403);
    assertThat(Jsoup.parse(crossSite.asString()).selectFirst(".notice.error").text())
        .contains("another site");
    given().queryParam("q", run).get("/api/search").then().body("total", equalTo(0));
  }

  private RequestSpecification upload(String token) {
    RequestSpecification request =
        given()
            .multiPart(
                "file",
                "pier.txt",
                ("Pier repairs begin "
                        + run
                        + "\n\nRepairs to the old pier began on Monday, "
                        + run
                        + ".")
                    .getBytes(StandardCharsets.UTF_8),
                "text/plain")
            .multiPart(
                "file",
                "pier.html",
                ("<html><body><article><h1>Pier reopens</h1><p>The pier reopened to walkers on"
                        + " Friday, "
                        + run
                        + ".</p><p>Anglers returned at once.</p></article></body></html>")
                    .getBytes(StandardCharsets.UTF_8),
                "text/html")
            .multiPart(
                "file",
                "pier.html.json",
                "{\"outlet\": \"Sidecar Weekly\", \"url\": \"https://sidecar.example/%s\"}"
                    .formatted(run)
                    .getBytes(StandardCharsets.UTF_8),
                "application/json");
    return token == null ? request : request.multiPart("token", token);
  }

  private static String row(Document page, String file) {
    return page.select("tbody tr").stream()
        .filter(tr -> tr.child(0).text().equals(file))
        .findFirst()
        .map(Element::text)
        .orElseThrow(() -> new AssertionError("no row for " + file));
  }
}
