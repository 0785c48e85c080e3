package io.newsdesk.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.TestArticles;
import io.newsdesk.index.ArticleIndex;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ElasticsearchTestResource.class)
class StarredPageTest {

  @Inject ArticleIndex articles;

  @Test
  void starringAResultShowsItStarredAndListsIt() {
    String outlet = TestArticles.unique("Star Herald");
    String id =
        TestArticles.indexAll(articles, TestArticles.about(outlet, "A story to keep")).get(0).id();
    String results = "/search?outlet=" + URLEncoder.encode(outlet, StandardCharsets.UTF_8);
    SavedPageTest.Browser browser = new SavedPageTest.Browser();
    assertThat(browser.page(results))
        .contains("data-article-id=\"" + id + "\"")
        .contains("aria-pressed=\"false\"");

    Response starred =
        browser
            .request()
            .formParams(Map.of("csrf_token", "", "article_id", id, "return_to", results))
            .post("/starred");

    starred.then().statusCode(303).header("Location", endsWith(results));
    browser.cookie = starred.getCookie(OwnerCookie.NAME);
    assertThat(browser.page(results)).contains("aria-pressed=\"true\"");
    assertThat(browser.page("/starred")).contains("A story to keep").contains(outlet);
    assertThat(new SavedPageTest.Browser().page("/starred")).doesNotContain("A story to keep");

    String csrf = browser.csrf("/starred");
    browser
        .request()
        .formParams(Map.of("csrf_token", csrf, "article_id", id, "return_to", "/starred"))
        .post("/starred/remove")
        .then()
        .statusCode(303);
    assertThat(browser.page("/starred")).contains("id=\"no-starred\"");
  }

  @Test
  void theArticlePageHasAStarToo() {
    String id =
        TestArticles.indexAll(
                articles, TestArticles.about(TestArticles.unique("Page Post"), "Read in full"))
            .get(0)
            .id();
    String page = "/articles/" + id;
    SavedPageTest.Browser browser = new SavedPageTest.Browser();
    assertThat(browser.page(page))
        .contains("data-article-id=\"" + id + "\"")
        .contains("aria-pressed=\"false\"");

    Response starred =
        browser
            .request()
            .formParams(Map.of("csrf_token", "", "article_id", id, "return_to", page))
            .post("/starred");

    starred.then().statusCode(303).header("Location", endsWith(page));
    browser.cookie = starred.getCookie(OwnerCookie.NAME);
    assertThat(browser.page(page)).contains("aria-pressed=\"true\"");
  }

  @Test
  void unstarringNeedsTheOwnersCsrfToken() {
    String id =
        TestArticles.indexAll(articles, TestArticles.about(TestArticles.unique("Out"), "Starred"))
            .get(0)
            .id();
    SavedPageTest.Browser browser = new SavedPageTest.Browser();
    Response starred =
        browser
            .request()
            .formParams(Map.of("csrf_token", "", "article_id", id, "return_to", "/starred"))
            .post("/starred");
    browser.cookie = starred.getCookie(OwnerCookie.NAME);

    browser
        .request()
        .formParams(Map.of("article_id", id, "return_to", "/starred"))
        .post("/starred/remove")
        .then()
        .statusCode(403);
    assertThat(browser.page("/starred")).contains("Starred");
  }

  @Test
  void anArticleThatDoesNotExistCannotBeStarred() {
    given()
        .redirects()
        .follow(false)
        .formParams(Map.of("csrf_token", "", "article_id", "no-such-article", "return_to", "/"))
        .post("/starred")
        .then()
        .statusCode(404);
  }

  @Test
  void returnToNeverLeavesTheSite() {
    assertThat(StarredPage.back("//evil.example/x")).isEqualTo(URI.create("/starred"));
    assertThat(StarredPage.back("/\\evil.example")).isEqualTo(URI.create("/starred"));
    assertThat(StarredPage.back("https://evil.example/")).isEqualTo(URI.create("/starred"));
    assertThat(StarredPage.back(null)).isEqualTo(URI.create("/starred"));
    assertThat(StarredPage.back("/search?q=a%20b")).isEqualTo(URI.create("/search?q=a%20b"));
  }
}
