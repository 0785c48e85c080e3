package io.newsdesk.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.TestArticles;
import io.newsdesk.article.Article;
import io.newsdesk.index.ArticleIndex;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ElasticsearchTestResource.class)
class SavedSearchesApiTest {

  @Inject ArticleIndex articles;

  /** A script's identity: its owner cookie and CSRF token, as GET /api/saved-searches gives. */
  record Script(String cookie, String csrf) {

    static Script start() {
      Response response = given().get("/api/saved-searches");
      response.then().statusCode(200);
      String cookie = response.getCookie(OwnerCookie.NAME);
      assertThat(cookie).isNotBlank();
      return new Script(cookie, response.jsonPath().getString("csrf_token"));
    }

    io.restassured.specification.RequestSpecification request() {
      return given()
          .cookie(OwnerCookie.NAME, cookie)
          .header(Csrf.HEADER, csrf)
          .contentType(ContentType.JSON);
    }
  }

  @Test
  void savedSearchWithPersonAndOutletCountsNewArticlesAndFeedsThem() throws Exception {
    String person = TestArticles.unique("Jana Novak");
    String outlet = TestArticles.unique("Harbour Gazette");
    List<Article> old =
        TestArticles.indexAll(
            articles,
            TestArticles.about(outlet, "Old news one", person),
            TestArticles.about(outlet, "Old news two", person));
    Script script = Script.start();

    Response created =
        script
            .request()
            .body(Map.of("query", Map.of("person", List.of(person), "outlet", List.of(outlet))))
            .post("/api/saved-searches");
    created.then().statusCode(201).header("Location", containsString("/api/saved-searches/"));
    String id = created.jsonPath().getString("id");
    assertThat(created.jsonPath().getString("name")).isEqualTo(person + " · in " + outlet);
    assertThat(created.jsonPath().getList("query.person")).containsExactly(person);
    assertThat(created.jsonPath().getList("query.outlet")).containsExactly(outlet);
    assertThat(created.jsonPath().getInt("new_count")).isZero();

    List<Article> fresh =
        TestArticles.indexAll(
            articles,
            TestArticles.about(outlet, "Fresh one", person),
            TestArticles.about(outlet, "Fresh two", person),
            TestArticles.about(outlet, "Fresh three", person),
            TestArticles.about(TestArticles.unique("Other"), "Same person, other outlet", person),
            TestArticles.about(outlet, "Same outlet, other person", TestArticles.unique("Else")));

    Response read =
        given().cookie(OwnerCookie.NAME, script.cookie()).get("/api/saved-searches/" + id);
    read.then()
        .statusCode(200)
        .body("new_count", equalTo(3))
        .body("created", notNullValue())
        .body("last_opened", nullValue());
    String feedUrl = read.jsonPath().getString("feed_url");
    assertThat(feedUrl).matches("http://[^/]+/feeds/[A-Za-z0-9_-]{43}\\.atom");

    Response feedResponse = given().get(feedUrl);
    feedResponse.then().statusCode(200).contentType(containsString("application/atom+xml"));
    Feed feed = (Feed) new WireFeedInput().build(new StringReader(feedResponse.asString()));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getId()).isEqualTo("urn:newsdesk:saved-search:" + id);
    assertThat(feed.getUpdated()).isNotNull();
    assertThat(feed.getOtherLinks()).anySatisfy(l -> assertThat(l.getHref()).isEqualTo(feedUrl));
    List<Entry> entries = feed.getEntries();
    assertThat(entries).hasSize(5);
    assertThat(entries.subList(0, 3))
        .extracting(Entry::getId)
        .containsExactlyInAnyOrderElementsOf(
            fresh.subList(0, 3).stream().map(a -> "urn:newsdesk:article:" + a.id()).toList());
    assertThat(entries.subList(3, 5))
        .extracting(Entry::getId)
        .containsExactlyInAnyOrderElementsOf(
            old.stream().map(a -> "urn:newsdesk:article:" + a.id()).toList());
    assertThat(entries).allSatisfy(e -> assertThat(e.getUpdated()).isNotNull());
    assertThat(entries.get(0).getUpdated()).isAfterOrEqualTo(entries.get(4).getUpdated());

    Response again = given().get(feedUrl);
    assertThat(again.asString()).isEqualTo(feedResponse.asString());
  }

  @Test
  void listGivesTheOwnersSearchesAndACsrfToken() {
    Script script = Script.start();
    script
        .request()
        .body(Map.of("name", "Ferries", "query", Map.of("q", "ferry")))
        .post("/api/saved-searches")
        .then()
        .statusCode(201);

    given()
        .cookie(OwnerCookie.NAME, script.cookie())
        .get("/api/saved-searches")
        .then()
        .statusCode(200)
        .body("saved_searches.size()", equalTo(1))
        .body("saved_searches[0].name", equalTo("Ferries"))
        .body("saved_searches[0].query.q", equalTo("ferry"))
        .body("saved_searches[0].query.sort", equalTo("relevance"))
        .body("csrf_token", equalTo(script.csrf()));
  }

  @Test
  void putRenamesAndKeepsTheQueryDeleteRemoves() {
    Script script = Script.start();
    String id =
        script
            .request()
            .body(Map.of("name", "Before", "query", Map.of("q", "strike", "sort", "newest")))
            .post("/api/saved-searches")
            .jsonPath()
            .getString("id");

    script
        .request()
        .body(Map.of("name", "After"))
        .put("/api/saved-searches/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("After"))
        .body("query.q", equalTo("strike"))
        .body("query.sort", equalTo("newest"));

    script.request().delete("/api/saved-searches/" + id).then().statusCode(204);
    given()
        .cookie(OwnerCookie.NAME, script.cookie())
        .get("/api/saved-searches/" + id)
        .then()
        .statusCode(404);
  }

  @Test
  void anotherOwnersCookieFindsNothing() {
    Script owner = Script.start();
    Script stranger = Script.start();
    String id =
        owner
            .request()
            .body(Map.of("name", "Private"))
            .post("/api/saved-searches")
            .jsonPath()
            .getString("id");

    given()
        .cookie(OwnerCookie.NAME, stranger.cookie())
        .get("/api/saved-searches/" + id)
        .then()
        .statusCode(404)
        .body("status", equalTo(404));
    stranger
        .request()
        .body(Map.of("name", "Mine now"))
        .put("/api/saved-searches/" + id)
        .then()
        .statusCode(404);
    stranger.request().delete("/api/saved-searches/" + id).then().statusCode(404);
    given()
        .cookie(OwnerCookie.NAME, stranger.cookie())
        .get("/api/saved-searches")
        .then()
        .body("saved_searches.size()", equalTo(0));
    given()
        .cookie(OwnerCookie.NAME, owner.cookie())
        .get("/api/saved-searches/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("Private"));
  }

  @Test
  void changesWithoutTheCsrfTokenAreRefused() {
    Script script = Script.start();
    String id =
        script
            .request()
            .body(Map.of("name", "Kept"))
            .post("/api/saved-searches")
            .jsonPath()
            .getString("id");

    given()
        .cookie(OwnerCookie.NAME, script.cookie())
        .contentType(ContentType.JSON)
        .body(Map.of("name", "No token"))
        .post("/api/saved-searches")
        .then()
        .statusCode(403)
        .body("error", containsString(Csrf.HEADER));
    given()
        .cookie(OwnerCookie.NAME, script.cookie())
        .contentType(ContentType.JSON)
        .body(Map.of("name", "No token"))
        .put("/api/saved-searches/" + id)
        .then()
        .statusCode(403);
    given()
        .cookie(OwnerCookie.NAME, script.cookie())
        .header(Csrf.HEADER, Script.start().csrf())
        .delete("/api/saved-searches/" + id)
        .then()
        .statusCode(403);
    given()
        .header(Csrf.HEADER, script.csrf())
        .contentType(ContentType.JSON)
        .body(Map.of("name", "No cookie"))
        .post("/api/saved-searches")
        .then()
        .statusCode(403);

    given()
        .cookie(OwnerCookie.NAME, script.cookie())
        .get("/api/saved-searches/" + id)
        .then()
        .body("name", equalTo("Kept"));
  }

  @Test
  void aForgedFeedTokenFindsNoFeed() {
    given().get("/feeds/" + "A".repeat(43) + ".atom").then().statusCode(404);
    given().get("/feeds/not-a-token.atom").then().statusCode(404);
  }

  @Test
  void queriesAreCheckedLikeSearchParameters() {
    Script script = Script.start();

    script
        .request()
        .body(Map.of("query", Map.of("page", "2")))
        .post("/api/saved-searches")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("query.page"));
    script
        .request()
        .body(Map.of("query", Map.of("sort", "sideways")))
        .post("/api/saved-searches")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("sort"));
    script
        .request()
        .body(Map.of("query", Map.of("person", List.of(1, 2))))
        .post("/api/saved-searches")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("query.person"));
  }
}
