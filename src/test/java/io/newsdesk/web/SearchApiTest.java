package io.newsdesk.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.TestArticles;
import io.newsdesk.article.Article;
import io.newsdesk.index.ArticleIndex;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@QuarkusTestResource(ElasticsearchTestResource.class)
class SearchApiTest {

  @Inject ArticleIndex index;

  /** A word only this class's articles contain, so other tests' data never counts. */
  static final String word = "fq" + Long.toString(System.nanoTime(), 36);

  static boolean indexed;

  @BeforeEach
  void corpus() {
    if (indexed) {
      return;
    }
    index.upsert(
        List.of(
            entry("Harbour Courier", LocalDate.of(2025, 3, 3), List.of("Ada Varga", "Ines Moll")),
            entry("Harbour Courier", LocalDate.of(2025, 3, 4), List.of("Ada Varga")),
            entry("Northgate Daily", LocalDate.of(2025, 3, 4), List.of("Ines Moll")),
            entry("Valdoria Radio", LocalDate.of(2025, 3, 9), List.of("Tom Brecht"))));
    indexed = true;
  }

  @Test
  void valuesOfOneFacetCombineWithOr() {
    JsonPath r = search(Map.of("outlet", List.of("Northgate Daily", "Valdoria Radio")));

    assertThat(r.getInt("total")).isEqualTo(2);
  }

  @Test
  void differentFacetsCombineWithAnd() {
    JsonPath r =
        search(Map.of("outlet", List.of("Harbour Courier"), "person", List.of("Ines Moll")));

    assertThat(r.getInt("total")).isEqualTo(1);
  }

  @Test
  void aFacetsCountsIgnoreItsOwnFilterButHonourTheOthers() {
    JsonPath r =
        search(Map.of("outlet", List.of("Harbour Courier"), "person", List.of("Ines Moll")));

    assertThat(count(r, "outlet", "Harbour Courier")).isEqualTo(1);
    assertThat(count(r, "outlet", "Northgate Daily"))
        .as("picking an outlet still shows what the other outlets have for this person")
        .isEqualTo(1);
    assertThat(count(r, "person", "Ada Varga"))
        .as("person counts within the picked outlet")
        .isEqualTo(2);
    assertThat(count(r, "person", "Tom Brecht")).isNull();
  }

  @Test
  void aSelectedValueStaysVisibleWithCountZero() {
    JsonPath r =
        search(Map.of("outlet", List.of("Valdoria Radio"), "person", List.of("Ada Varga")));

    assertThat(r.getInt("total")).isZero();
    Map<String, Object> ada = value(r, "person", "Ada Varga");
    assertThat(ada).containsEntry("count", 0).containsEntry("selected", true);
  }

  @Test
  void excludedValuesLeaveTheResults() {
    JsonPath r = search(Map.of("not_outlet", List.of("Harbour Courier")));

    assertThat(r.getInt("total")).isEqualTo(2);
    assertThat(r.getList("hits.outlet", String.class)).doesNotContain("Harbour Courier");
  }

  @Test
  void theDateRangeIsInclusiveAndTheHistogramIgnoresIt() {
    JsonPath r = search(Map.of("from", List.of("2025-03-04"), "to", List.of("2025-03-04")));

    assertThat(r.getInt("total")).isEqualTo(2);
    assertThat(r.getList("facets.published.date", String.class))
        .containsExactly("2025-03-03", "2025-03-04", "2025-03-09");
  }

  @Test
  void invalidParametersAreNamedInA400() {
    given()
        .queryParam("page", "-1")
        .when()
        .get("/api/search")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("page"));
    given()
        .queryParam("size", "100000")
        .when()
        .get("/api/search")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("size"));
    given()
        .queryParam("from", "yesterday")
        .when()
        .get("/api/search")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("from"));
    given()
        .queryParam("sort", "random")
        .when()
        .get("/api/search")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("sort"));
    given()
        .queryParam("page", "x")
        .when()
        .get("/search")
        .then()
        .statusCode(400)
        .contentType(containsString("text/html"))
        .body(containsString("page must be a whole number"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"unbalanced",
        "(brackets]",
        "back\\\\slash\\",
        "AND",
        "OR OR",
        "-",
        "*",
        "\u0000\u0007control",
        "title:foo AND body:",
        "\"\"",
        "a OR",
        "🙂 emoji"
      })
  void oddQueriesNeverFail(String q) {
    given().queryParam("q", q).when().get("/api/search").then().statusCode(200);
    given().queryParam("q", q).when().get("/search").then().statusCode(200);
  }

  @Test
  void aTenThousandCharacterQueryIsAnsweredWithANotice() {
    String q = "harbour ".repeat(1250);

    given()
        .queryParam("q", q)
        .when()
        .get("/api/search")
        .then()
        .statusCode(200)
        .body("notices[0]", containsString("shortened"));
  }

  @Test
  void markupInArticlesAndQueriesIsEscapedEverywhere() {
    String own = "hq" + Long.toString(System.nanoTime(), 36);
    String hostile = "<script>alert('x')</script> <img src=x onerror=alert(1)> " + own;
    Article article =
        TestArticles.article(
            "Hostile Gazette",
            "<b>Bold</b> " + own,
            hostile + " <a href=\"javascript:alert(2)\">click</a>");
    TestArticles.index(index, article);

    String json =
        given()
            .queryParam("q", own)
            .queryParam("outlet", "Hostile Gazette")
            .when()
            .get("/api/search")
            .asString();
    String page =
        given()
            .queryParam("q", "<script>alert(3)</script> " + own)
            .queryParam("outlet", "Hostile Gazette")
            .when()
            .get("/search")
            .then()
            .statusCode(200)
            .header("Content-Security-Policy", containsString("script-src 'self'"))
            .extract()
            .asString();
    String articlePage =
        given().when().get("/articles/" + article.id()).then().statusCode(200).extract().asString();

    assertThat(json).contains("&lt;script&gt;").doesNotContain("<script>").doesNotContain("<img");
    assertThat(page)
        .doesNotContain("<script>alert")
        .doesNotContain("<img src=x")
        .doesNotContain("href=\"javascript:")
        .contains("&lt;script&gt;alert(3)&lt;/script&gt;");
    assertThat(articlePage)
        .doesNotContain("<script>alert")
        .doesNotContain("<img src=x")
        .doesNotContain("<b>Bold");
  }

  @Test
  void aMisspelledWordIsSearchedRespelledWhenTheRespellingFindsMore() {
    JsonPath r =
        given()
            .queryParam("q", "quay dispte")
            .when()
            .get("/api/search")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(r.getString("corrected_query")).isEqualTo("quay dispute");
    assertThat(r.getString("did_you_mean")).isNull();
    assertThat(r.getInt("total")).isPositive();
  }

  @Test
  void searchedAsTypedAMisspelledWordIsAnsweredWithASuggestion() {
    JsonPath r =
        given()
            .queryParam("q", "quay dispte")
            .queryParam("spelling", "as-typed")
            .when()
            .get("/api/search")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(r.getString("corrected_query")).isNull();
    assertThat(r.getString("did_you_mean")).isEqualTo("quay dispute");
  }

  @Test
  void valuesOfAFacetCanBeSearched() {
    JsonPath r =
        given()
            .queryParam("q", word)
            .queryParam("within_person", "mol")
            .when()
            .get("/api/search")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(r.getList("facets.person.value", String.class)).containsExactly("Ines Moll");
  }

  @Test
  void theDateFormKeepsEveryFilterTheExclusionsAndTheSort() {
    String html =
        given()
            .queryParam("q", word)
            .queryParam("person", "Ines Moll")
            .queryParam("not_outlet", "Nowhere Gazette")
            .queryParam("sort", "newest")
            .queryParam("from", "2025-03-01")
            .when()
            .get("/search")
            .then()
            .statusCode(200)
            .extract()
            .asString();

    Map<String, String> kept = new HashMap<>();
    Jsoup.parse(html)
        .select("form.daterange input[type=hidden]")
        .forEach(input -> kept.put(input.attr("name"), input.attr("value")));
    assertThat(kept)
        .containsEntry("q", word)
        .containsEntry("person", "Ines Moll")
        .containsEntry("not_outlet", "Nowhere Gazette")
        .containsEntry("sort", "newest")
        .doesNotContainKeys("from", "to", "page");
  }

  @Test
  void resultsCanBeSortedByDate() {
    JsonPath newest = search(Map.of("sort", List.of("newest")));
    JsonPath oldest = search(Map.of("sort", List.of("oldest")));

    assertThat(newest.getList("hits.published", String.class).get(0)).isEqualTo("2025-03-09");
    assertThat(oldest.getList("hits.published", String.class).get(0)).isEqualTo("2025-03-03");
  }

  @Test
  void pagesBeyondTheResultWindowAreRefusedWithTheLimit() {
    given()
        .queryParam("page", "2000")
        .queryParam("size", "10")
        .when()
        .get("/api/search")
        .then()
        .statusCode(400)
        .body("error", containsString("between 1 and 1000"))
        .body("error", not(containsString("Exception")));
  }

  private static ArticleIndex.Entry entry(
      String outlet, LocalDate published, List<String> persons) {
    Article base =
        TestArticles.article(outlet, "Quay dispute " + word, "The " + word + " quay dispute.");
    return new ArticleIndex.Entry(
        new Article(
            base.id(),
            base.title(),
            base.body(),
            base.outlet(),
            Optional.of(published),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of("en"),
            persons.stream().map(TestArticles::subject).toList(),
            List.of(),
            List.of(),
            List.of(),
            base.contentHash()),
        "test");
  }

  private JsonPath search(Map<String, List<String>> parameters) {
    var request = given().queryParam("q", word);
    for (var entry : parameters.entrySet()) {
      request = request.queryParam(entry.getKey(), entry.getValue());
    }
    return request.when().get("/api/search").then().statusCode(200).extract().jsonPath();
  }

  private static Integer count(JsonPath r, String facet, String value) {
    Map<String, Object> v = value(r, facet, value);
    return v == null ? null : (Integer) v.get("count");
  }

  private static Map<String, Object> value(JsonPath r, String facet, String value) {
    List<Map<String, Object>> values = r.getList("facets." + facet);
    return values.stream().filter(v -> value.equals(v.get("value"))).findFirst().orElse(null);
  }
}
