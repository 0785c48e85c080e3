package io.newsdesk.pipeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.Seeds;
import io.newsdesk.ingest.Manifest;
import io.newsdesk.web.IngestApiTest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seed articles end to end: upload, clean text, metadata, canonical entities, search. */
@QuarkusTest
@QuarkusTestResource(ElasticsearchTestResource.class)
class SeedIngestTest {

  Map<String, JsonPath> articlesByFile = new LinkedHashMap<>();

  @BeforeEach
  void ingestSeeds() {
    Seeds.assumePresent();
    JsonPath results = IngestApiTest.postSeeds(Seeds.articles());
    List<Map<String, String>> rows = results.getList("results");
    for (Map<String, String> row : rows) {
      articlesByFile.put(
          row.get("file"),
          given()
              .when()
              .get("/api/articles/" + row.get("id"))
              .then()
              .statusCode(200)
              .extract()
              .jsonPath());
    }
  }

  @Test
  void theUkrainianPresidentIsOnePersonInTheFourArticlesThatNameHim() {
    Set<String> names = new HashSet<>();
    int articles = 0;
    for (JsonPath article : articlesByFile.values()) {
      List<String> matching =
          article.getList("persons.name", String.class).stream()
              .filter(n -> n.toLowerCase(Locale.ROOT).contains("zelensk"))
              .toList();
      names.addAll(matching);
      articles += matching.isEmpty() ? 0 : 1;
    }

    assertThat(names).hasSize(1);
    assertThat(articles).isEqualTo(4);
    String name = names.iterator().next();
    assertThat(count("person", name)).isGreaterThanOrEqualTo(4);
  }

  @Test
  void macronIsOneNameAcrossAllFive() {
    Set<String> names = new HashSet<>();
    for (JsonPath article : articlesByFile.values()) {
      article.getList("persons.name", String.class).stream()
          .filter(n -> n.contains("Macron"))
          .forEach(names::add);
    }

    assertThat(names).containsExactly("Emmanuel Macron");
    assertThat(articlesByFile.values())
        .allSatisfy(
            a -> assertThat(a.getList("persons.name", String.class)).contains("Emmanuel Macron"));
  }

  @Test
  void photoCreditsAndBylinesAreCreditsNotSubjects() {
    List<Map<String, Object>> credits = new ArrayList<>();
    for (JsonPath article : articlesByFile.values()) {
      List<Map<String, Object>> persons = article.getList("persons");
      persons.stream().filter(p -> "credit".equals(p.get("role"))).forEach(credits::add);
    }
    List<Object> creditNames = credits.stream().map(p -> p.get("name")).toList();

    assertThat(creditNames).contains("Vafa Guliyeva", "Roberto Schmidt");
    for (JsonPath article : articlesByFile.values()) {
      List<Map<String, Object>> persons = article.getList("persons");
      assertThat(
              persons.stream().filter(p -> "subject".equals(p.get("role"))).map(p -> p.get("name")))
          .doesNotContain("Vafa Guliyeva", "Roberto Schmidt");
    }
  }

  @Test
  void pageChromeIsInNoBody() {
    List<String> chrome =
        List.of(
            "Leave A Comment",
            "Advertisement",
            "We need your help",
            "Support from readers",
            "© AFP",
            "Copyright The Financial Times",
            "Check out our FactCheck",
            "News in 60 seconds",
            "LAST UPDATE");
    for (var entry : articlesByFile.entrySet()) {
      String body = entry.getValue().getString("body");
      for (String line : chrome) {
        assertThat(body).as(entry.getKey() + " body").doesNotContain(line);
      }
    }
  }

  @Test
  void outletsAreThoseOfTheManifestAndTheUnknownStaysUnknown() throws Exception {
    Manifest manifest = Manifest.parse(Files.readString(Seeds.manifest()));
    for (var entry : articlesByFile.entrySet()) {
      var expected = manifest.forFile(entry.getKey()).orElseThrow().outlet();
      assertThat(Optional.ofNullable(entry.getValue().getString("outlet")))
          .as(entry.getKey())
          .isEqualTo(expected);
    }
  }

  @Test
  void theAfpWireCopyIsCreditedToAfp() {
    JsonPath wire =
        articlesByFile.entrySet().stream()
            .filter(
                e ->
                    Seeds.text(Seeds.DIR.resolve(e.getKey()))
                        .replace('\u00a0', ' ')
                        .contains("© AFP"))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElseThrow();

    assertThat(wire.getString("credit")).isEqualTo("AFP");
  }

  @Test
  void aSpellingVariantFindsEveryArticleAboutThePerson() {
    long byVariant =
        given()
            .queryParam("q", "Zelenskiy")
            .when()
            .get("/api/search")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("total");

    assertThat(byVariant).isGreaterThanOrEqualTo(4);
  }

  @Test
  void typeaheadAndTheEntityPageKnowEverySpelling() {
    JsonPath suggestions =
        given()
            .queryParam("prefix", "Zelen")
            .when()
            .get("/api/suggest")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> people =
        suggestions.getList("suggestions.findAll { it.type == 'person' }.value", String.class);
    assertThat(people).anySatisfy(n -> assertThat(n).containsIgnoringCase("zelensk"));
    String name =
        people.stream()
            .filter(n -> n.toLowerCase(Locale.ROOT).contains("zelensk"))
            .findFirst()
            .orElseThrow();

    JsonPath entity =
        given()
            .when()
            .get("/api/entities/person/" + name)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(entity.getList("aliases", String.class)).hasSizeGreaterThanOrEqualTo(3);
    assertThat(entity.getLong("article_count")).isGreaterThanOrEqualTo(4);
    given()
        .when()
        .get("/entities/person/" + name)
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString("Spellings"));
  }

  private static long count(String facet, String value) {
    return given()
        .queryParam(facet, value)
        .when()
        .get("/api/search")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total");
  }
}
