package io.newsdesk.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.newsdesk.ElasticsearchTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without newsdesk.public-url (the test default) a mail could not link back: no alerts. */
@QuarkusTest
@QuarkusTestResource(ElasticsearchTestResource.class)
class AlertsNotOfferedTest {

  @Test
  void withoutAPublicAddressTheApiRefusesAndThePageHasNoAlertForm() {
    SavedSearchesApiTest.Script script = SavedSearchesApiTest.Script.start();
    Response created =
        script.request().body(Map.of("query", Map.of("q", "harbour"))).post("/api/saved-searches");
    created.then().statusCode(201);
    String id = created.jsonPath().getString("id");

    script
        .request()
        .body(Map.of("email", "reader@example.org", "frequency", "daily"))
        .put("/api/saved-searches/" + id + "/alert")
        .then()
        .statusCode(409)
        .body("error", containsString("newsdesk.public-url"));

    String page =
        given()
            .cookie(OwnerCookie.NAME, script.cookie())
            .get("/saved")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(page).contains("id=\"saved-" + id + "\"").doesNotContain("saved-alert");
    given()
        .header("Authorization", "Bearer test-admin-token")
        .post("/api/alerts/run")
        .then()
        .statusCode(200)
        .body("digests", org.hamcrest.Matchers.equalTo(0));
  }
}
