package io.newsdesk.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.TestArticles;
import io.newsdesk.index.ArticleIndex;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ElasticsearchTestResource.class)
class SavedPageTest {

  private static final Pattern CSRF =
      Pattern.compile("name=\"csrf_token\" value=\"([A-Za-z0-9_-]*)\"");

  @Inject ArticleIndex articles;

  /** A browser: its owner cookie, once it has one. */
  static final class Browser {
    String cookie;

    io.restassured.specification.RequestSpecification request() {
      var request = given().redirects().follow(false).header("Sec-Fetch-Site", "same-origin");
      return cookie == null ? request : request.cookie(OwnerCookie.NAME, cookie);
    }

    /** A page by its already-encoded path and query. */
    String page(String path) {
      Response response = request().urlEncodingEnabled(false).get(path);
      response.then().statusCode(200);
      return response.asString();
    }

    /** The CSRF token of the forms on a page. */
    String csrf(String path) {
      Matcher matcher = CSRF.matcher(page(path));
      assertThat(matcher.find()).as("a form with a CSRF token on " + path).isTrue();
      return matcher.group(1);
    }

    /** Saves a search from the search page's form; returns the saved search's id. */
    String save(String searchQuery, String name) {
      String csrf = csrf("/search?" + searchQuery);
      Response response =
          request()
              .formParams(Map.of("csrf_token", csrf, "name", name, "query", searchQuery))
              .post("/saved");
      response.then().statusCode(303);
      if (cookie == null) {
        cookie = response.getCookie(OwnerCookie.NAME);
      }
      return response.getHeader("Location").replaceAll(".*#saved-", "");
    }
  }

  @Test
  void firstSaveFromTheSearchPageGivesAnHttpOnlyLaxOwnerCookie() {
    Browser browser = new Browser();
    String page = browser.page("/search?q=ferry&sort=newest");
    assertThat(page)
        .contains("id=\"save-search-form\"")
        .contains("name=\"query\" value=\"q=ferry&amp;sort=newest\"")
        .contains("id=\"save-search-name\" name=\"name\" type=\"text\" value=\"ferry\"");

    Response response =
        browser
            .request()
            .formParams(Map.of("csrf_token", "", "name", "Ferries", "query", "q=ferry&sort=newest"))
            .post("/saved");

    response.then().statusCode(303).header("Location", containsString("/saved#saved-"));
    Cookie cookie = response.getDetailedCookie(OwnerCookie.NAME);
    assertThat(cookie.isHttpOnly()).isTrue();
    assertThat(cookie.getSameSite()).isEqualToIgnoringCase("Lax");
    assertThat(cookie.getPath()).isEqualTo("/");
    browser.cookie = cookie.getValue();
    assertThat(browser.page("/saved"))
        .contains("Ferries")
        .contains("Words: ferry; newest first")
        .contains("Last opened: never");
  }

  @Test
  void aFirstSavePostedFromAnotherSiteIsRefused() {
    given()
        .redirects()
        .follow(false)
        .header("Sec-Fetch-Site", "cross-site")
        .formParams(Map.of("csrf_token", "", "name", "Planted", "query", "q=spam"))
        .post("/saved")
        .then()
        .statusCode(403);
    given()
        .redirects()
        .follow(false)
        .header("Origin", "https://evil.example")
        .formParams(Map.of("csrf_token", "", "name", "Planted", "query", "q=spam"))
        .post("/saved")
        .then()
        .statusCode(403);
  }

  @Test
  void formsWithoutTheOwnersCsrfTokenChangeNothing() {
    Browser browser = new Browser();
    String id = browser.save("q=harbour", "Harbour");
    Browser other = new Browser();
    other.save("q=other", "Other");
    String othersToken = other.csrf("/saved");

    browser
        .request()
        .formParams(Map.of("name", "No token", "previous_name", "Harbour"))
        .post("/saved/" + id + "/rename")
        .then()
        .statusCode(403)
        .body(containsString("did not come from this site"));
    browser
        .request()
        .formParams(Map.of("csrf_token", othersToken))
        .post("/saved/" + id + "/delete")
        .then()
        .statusCode(403);
    browser
        .request()
        .formParams(
            Map.of("csrf_token", othersToken, "name", "Saved with a stolen form", "query", "q=x"))
        .post("/saved")
        .then()
        .statusCode(403);

    assertThat(browser.page("/saved")).contains("Harbour").doesNotContain("No token");
  }

  @Test
  void anotherBrowserCannotOpenRenameOrDeleteASavedSearch() {
    Browser owner = new Browser();
    String id = owner.save("q=lighthouse", "Lighthouse");
    Browser stranger = new Browser();
    stranger.save("q=mine", "Mine");
    String token = stranger.csrf("/saved");

    stranger.request().get("/saved/" + id + "/open").then().statusCode(404);
    stranger
        .request()
        .formParams(Map.of("csrf_token", token, "name", "Taken", "previous_name", "Lighthouse"))
        .post("/saved/" + id + "/rename")
        .then()
        .statusCode(404);
    stranger
        .request()
        .formParams(Map.of("csrf_token", token))
        .post("/saved/" + id + "/delete")
        .then()
        .statusCode(404);
    assertThat(stranger.page("/saved")).doesNotContain("Lighthouse");
    assertThat(owner.page("/saved")).contains("Lighthouse");
  }

  @Test
  void renameUpdateAndDeleteFromThePage() {
    Browser browser = new Browser();
    String id = browser.save("q=strike", "Strike");
    String csrf = browser.csrf("/saved");

    browser
        .request()
        .formParams(Map.of("csrf_token", csrf, "name", "Dock strike", "previous_name", "Strike"))
        .post("/saved/" + id + "/rename")
        .then()
        .statusCode(303);
    String search = browser.page("/search?q=strike&sort=oldest&saved=" + id);
    assertThat(search)
        .contains("id=\"update-saved-search-form\"")
        .contains("Update “Dock strike” with this search")
        .contains("name=\"previous_query\" value=\"q=strike\"")
        .contains("<input type=\"hidden\" name=\"saved\" value=\"" + id + "\">")
        .contains("saved=" + id);
    browser
        .request()
        .formParams(
            Map.of(
                "csrf_token", csrf, "query", "q=strike&sort=oldest", "previous_query", "q=strike"))
        .post("/saved/" + id + "/update")
        .then()
        .statusCode(303);
    assertThat(browser.page("/saved"))
        .contains("Dock strike")
        .contains("Words: strike; oldest first");

    browser
        .request()
        .formParams(Map.of("csrf_token", csrf))
        .post("/saved/" + id + "/delete")
        .then()
        .statusCode(303);
    assertThat(browser.page("/saved")).doesNotContain("Dock strike");
  }

  @Test
  void aRenameFromAStaleTabIsAConflictNotALostUpdate() {
    Browser browser = new Browser();
    String id = browser.save("q=reef", "Reef");
    String csrf = browser.csrf("/saved");
    browser
        .request()
        .formParams(Map.of("csrf_token", csrf, "name", "From tab one", "previous_name", "Reef"))
        .post("/saved/" + id + "/rename")
        .then()
        .statusCode(303);

    browser
        .request()
        .formParams(Map.of("csrf_token", csrf, "name", "From tab two", "previous_name", "Reef"))
        .post("/saved/" + id + "/rename")
        .then()
        .statusCode(409)
        .body(containsString("renamed to “From tab one” in another tab"));
    browser
        .request()
        .formParams(
            Map.of("csrf_token", csrf, "query", "q=reef&sort=newest", "previous_query", "q=coral"))
        .post("/saved/" + id + "/update")
        .then()
        .statusCode(409);

    assertThat(browser.page("/saved")).contains("From tab one").doesNotContain("From tab two");
  }

  @Test
  void openingRunsTheSearchWithArticlesNewSinceLastOpenedMarked() {
    String person = TestArticles.unique("Ola Berg");
    String outlet = TestArticles.unique("Holm Post");
    TestArticles.indexAll(articles, TestArticles.about(outlet, "Seen before", person));
    Browser browser = new Browser();
    String query =
        "person="
            + URLEncoder.encode(person, StandardCharsets.UTF_8)
            + "&outlet="
            + URLEncoder.encode(outlet, StandardCharsets.UTF_8);
    String id = browser.save(query, "");
    TestArticles.indexAll(
        articles,
        TestArticles.about(outlet, "Arrived later", person),
        TestArticles.about(outlet, "Arrived later too", person));
    assertThat(browser.page("/saved"))
        .contains(person + " · in " + outlet)
        .contains("<span class=\"badge-new new-count\">2 new</span>");

    Response open = browser.request().get("/saved/" + id + "/open");

    open.then().statusCode(303);
    String location = open.getHeader("Location");
    assertThat(location).contains("/search?" + query + "&saved=" + id + "&new_since=");
    String results = browser.page(location.replaceFirst("^https?://[^/]+", ""));
    assertThat(countOf(results, "class=\"hit-meta\"><span class=\"badge-new\">New</span>"))
        .isEqualTo(2);
    assertThat(results).contains("id=\"update-saved-search-form\"");
    String list = browser.page("/saved");
    assertThat(list).doesNotContain("new-count").doesNotContain("Last opened: never");
  }

  @Test
  void aCarryLinkMovesSavedSearchesAndStarsToAnotherBrowserOnce() {
    String outlet = TestArticles.unique("Carry Times");
    String articleId =
        TestArticles.indexAll(articles, TestArticles.about(outlet, "Worth keeping")).get(0).id();
    Browser old = new Browser();
    old.save("q=carry", "Carried search");
    String csrf = old.csrf("/saved");
    old.request()
        .formParams(Map.of("csrf_token", csrf, "article_id", articleId, "return_to", "/starred"))
        .post("/starred")
        .then()
        .statusCode(303);

    Response made = old.request().formParams(Map.of("csrf_token", csrf)).post("/saved/carry");
    made.then().statusCode(200);
    Matcher link =
        Pattern.compile("value=\"https?://[^\"]+/carry/([A-Za-z0-9_-]{43})\"")
            .matcher(made.asString());
    assertThat(link.find()).isTrue();
    String token = link.group(1);
    assertThat(old.page("/saved")).contains("id=\"carry-live\"");

    Browser fresh = new Browser();
    assertThat(fresh.page("/carry/" + token)).contains("id=\"carry-accept-form\"");
    Response carried = fresh.request().formParams(Map.of("csrf_token", "")).post("/carry/" + token);
    carried
        .then()
        .statusCode(303)
        .header("Location", containsString("/saved?carried_searches=1&carried_stars=1"));
    fresh.cookie = carried.getCookie(OwnerCookie.NAME);

    assertThat(fresh.page("/saved")).contains("Carried search");
    assertThat(fresh.page("/starred")).contains("Worth keeping");
    assertThat(old.page("/saved")).doesNotContain("Carried search");
    assertThat(old.page("/starred")).doesNotContain("Worth keeping");
    fresh.request().get("/carry/" + token).then().statusCode(404);
    new Browser()
        .request()
        .formParams(Map.of("csrf_token", ""))
        .post("/carry/" + token)
        .then()
        .statusCode(404);
  }

  @Test
  void aForgedCarryLinkFindsNothing() {
    new Browser().request().get("/carry/" + "B".repeat(43)).then().statusCode(404);
    new Browser().request().get("/carry/short").then().statusCode(404);
  }

  @Test
  void theSavedPageOfABrowserWithoutOwnerOffersNoForms() {
    String page = new Browser().page("/saved");

    assertThat(page).contains("id=\"no-saved-searches\"").doesNotContain("id=\"carry-form\"");
  }

  private static int countOf(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
