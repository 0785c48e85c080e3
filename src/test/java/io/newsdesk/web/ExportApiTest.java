package io.newsdesk.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.MailProfile;
import io.newsdesk.TestArticles;
import io.newsdesk.article.Article;
import io.newsdesk.article.EntityMention;
import io.newsdesk.cli.ExportCommand;
import io.newsdesk.index.ArticleIndex;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/export} against the real index, with the articles index's result window lowered
 * to 50 and export pages of 20, so every export here crosses the window many times over.
 */
@QuarkusTest
@TestProfile(MailProfile.class)
@QuarkusTestResource(ElasticsearchTestResource.class)
class ExportApiTest {

  static final int WINDOW = 50;
  static final int ARTICLES = 130;

  @Inject ArticleIndex articles;
  @Inject ElasticsearchClient client;

  @TestHTTPResource("/")
  URL portal;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One set of search parameters and which of the corpus's articles (by number) match it. */
  record Case(String parameters, java.util.function.IntPredicate matches) {

    long expected() {
      return java.util.stream.IntStream.range(0, ARTICLES).filter(matches).count();
    }
  }

  @Test
  void everyParameterExportsExactlyTheSearchTotalInBothFormatsPastTheResultWindow()
      throws Exception {
    Corpus corpus = corpus();
    String w = corpus.word();
    List<Case> cases =
        List.of(
            new Case("q=" + w, i -> true),
            new Case("q=" + w + "&person=" + enc(corpus.persons().get(0)), i -> i % 4 == 0),
            new Case(
                "person="
                    + enc(corpus.persons().get(1))
                    + "&person="
                    + enc(corpus.persons().get(2)),
                i -> i % 4 == 1 || i % 4 == 2),
            new Case(
                "q=" + w + "&organization=" + enc(corpus.organizations().get(1)), i -> i % 5 == 1),
            new Case("q=" + w + "&place=" + enc(corpus.places().get(0)), i -> i % 2 == 0),
            new Case("q=" + w + "&outlet=" + enc(corpus.outlets().get(2)), i -> i % 3 == 2),
            new Case("q=" + w + "&not_person=" + enc(corpus.persons().get(0)), i -> i % 4 != 0),
            new Case(
                "q=" + w + "&not_organization=" + enc(corpus.organizations().get(0)),
                i -> i % 5 != 0),
            new Case("q=" + w + "&not_place=" + enc(corpus.places().get(1)), i -> i % 2 != 1),
            new Case("q=" + w + "&not_outlet=" + enc(corpus.outlets().get(1)), i -> i % 3 != 1),
            new Case(
                "q=" + w + "&from=2025-02-01&to=2025-03-31",
                i -> i % 10 != 0 && i >= 31 && i <= 89),
            new Case("q=" + w + "&sort=newest", i -> true),
            new Case("q=" + w + "&sort=oldest&size=5&page=3", i -> true));
    lowerWindow();
    try {
      for (Case c : cases) {
        Response jsonl = fetch("/api/export?format=jsonl&" + c.parameters());
        jsonl.then().statusCode(200).header("X-Total-Count", String.valueOf(c.expected()));
        List<JsonNode> rows = jsonLines(jsonl.asString());
        assertThat(rows).as(c.parameters()).hasSize((int) c.expected());
        assertThat(rows)
            .as(c.parameters())
            .allMatch(r -> c.matches().test(number(r.get("title").asText())));
        assertThat(rows.stream().map(r -> r.get("id").asText()).distinct().count())
            .isEqualTo(c.expected());
        Response csv = fetch("/api/export?format=csv&" + c.parameters());
        csv.then().statusCode(200);
        assertThat(csvRows(csv.asByteArray())).as(c.parameters()).hasSize((int) c.expected() + 1);
      }
      assertThat(fetch("/api/search?size=1&q=" + w).jsonPath().getLong("total"))
          .isEqualTo(ARTICLES)
          .isGreaterThan(WINDOW);
    } finally {
      restoreWindow();
    }
  }

  @Test
  void rowsComeInTheOrderAsked() throws Exception {
    Corpus corpus = corpus();
    String w = corpus.word();
    lowerWindow();
    try {
      List<String> newest =
          dates(jsonLines(fetch("/api/export?q=" + w + "&sort=newest").asString()));
      List<String> dated = newest.stream().filter(d -> !d.isEmpty()).toList();
      assertThat(dated).isSortedAccordingTo((a, b) -> b.compareTo(a));
      assertThat(newest.subList(dated.size(), newest.size())).allMatch(String::isEmpty);
      List<String> oldest =
          dates(jsonLines(fetch("/api/export?q=" + w + "&sort=oldest").asString()));
      assertThat(oldest.stream().filter(d -> !d.isEmpty()).toList()).isSorted();

      List<String> firstPage = fetch("/api/search?size=10&q=" + w).jsonPath().getList("hits.id");
      List<JsonNode> byRelevance = jsonLines(fetch("/api/export?q=" + w).asString());
      assertThat(byRelevance.subList(0, 10).stream().map(r -> r.get("id").asText()).toList())
          .isEqualTo(firstPage);
    } finally {
      restoreWindow();
    }
  }

  @Test
  void csvIsQuotedAsRfc4180SaysInUtf8AndNeverAFormula() throws Exception {
    String w = word();
    String outlet = "Zürich Café, \"Morning\" " + UUID.randomUUID().toString().substring(0, 6);
    String[] titles = {
      "=HYPERLINK(\"http://evil.example\",\"click\") " + w,
      "+1 rise in " + w,
      "-2 fall in " + w,
      "@SUM(A1) " + w,
      "Line one " + w + "\nline two, with \"quotes\""
    };
    List<Article> batch = new ArrayList<>();
    for (String title : titles) {
      batch.add(
          withEntities(
              TestArticles.article(outlet, title, title + ". " + w + "."),
              List.of("Ana Tovar", "=Bo Lind"),
              List.of("Harbour Board"),
              List.of("Skerrin")));
    }
    TestArticles.indexAll(articles, batch.toArray(Article[]::new));

    Response response = fetch("/api/export?format=csv&q=" + w);
    response
        .then()
        .statusCode(200)
        .header("Content-Type", containsString("text/csv"))
        .header("Content-Type", containsString("charset=utf-8"))
        .header(
            "Content-Disposition",
            equalTo(
                "attachment; filename=\"newsdesk-"
                    + w
                    + ".csv\"; filename*=UTF-8''newsdesk-"
                    + w
                    + ".csv"));
    byte[] bytes = response.asByteArray();
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith(
            "id,title,outlet,published,url,persons,organizations,places,story_id,language\r\n");
    List<List<String>> rows = csvRows(bytes);
    assertThat(rows).hasSize(titles.length + 1);
    Map<String, List<String>> byTitle = new LinkedHashMap<>();
    rows.subList(1, rows.size()).forEach(row -> byTitle.put(row.get(1), row));
    assertThat(byTitle.keySet())
        .containsExactlyInAnyOrder(
            "'" + titles[0], "'" + titles[1], "'" + titles[2], "'" + titles[3], titles[4]);
    List<String> row = byTitle.get(titles[4]);
    assertThat(row.get(2)).isEqualTo(outlet);
    assertThat(row.get(3)).isEqualTo("2025-03-14");
    assertThat(row.get(5)).isEqualTo("Ana Tovar; =Bo Lind");
    assertThat(row.get(6)).isEqualTo("Harbour Board");
    assertThat(row.get(7)).isEqualTo("Skerrin");
    assertThat(row.get(9)).isEqualTo("en");
  }

  @Test
  void theSearchAndSourcesPagesLinkToBothFormats() throws Exception {
    String w = corpus().word();
    for (String page : List.of("/search?q=", "/sources?q=")) {
      assertThat(PageChecks.htmlErrors(fetch(page + w).asString())).as(page).isEmpty();
      given()
          .get(page + w + "&sort=newest")
          .then()
          .statusCode(200)
          .body(containsString("href=\"/api/export?q=" + w + "&amp;sort=newest&amp;format=csv\""))
          .body(
              containsString("href=\"/api/export?q=" + w + "&amp;sort=newest&amp;format=jsonl\""));
    }
  }

  @Test
  void aFormatThatIsNotOneOfTheTwoIsAClearError() {
    given()
        .get("/api/export?q=x&format=xlsx")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("format"))
        .body("error", containsString("jsonl or csv"));
    given()
        .get("/api/export?q=x&sort=sideways")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("sort"));
  }

  @Test
  void theCommandLineSavesEveryRowToAFile() throws Exception {
    Corpus corpus = corpus();
    Path file = Files.createTempFile("export", ".jsonl");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    lowerWindow();
    try {
      int status =
          ExportCommand.run(
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8),
              "--portal",
              portal.toString(),
              "-q",
              corpus.word(),
              "--person",
              corpus.persons().get(3),
              "--format",
              "jsonl",
              "-o",
              file.toString());
      long total = java.util.stream.IntStream.range(0, ARTICLES).filter(i -> i % 4 == 3).count();
      assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
      assertThat(jsonLines(Files.readString(file)))
          .hasSize((int) total)
          .allMatch(row -> has(row, "persons", corpus.persons().get(3)));
      assertThat(out.toString(StandardCharsets.UTF_8)).contains(total + " rows written");
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("Exporting");
    } finally {
      restoreWindow();
      Files.deleteIfExists(file);
    }
  }

  /** Articles sharing one word, spread over people, organisations, places, outlets and dates. */
  record Corpus(
      String word,
      List<String> persons,
      List<String> organizations,
      List<String> places,
      List<String> outlets) {}

  private Corpus corpus() {
    String w = word();
    List<String> persons = names("Mira Holt", 4);
    List<String> organizations = names("Port Board", 5);
    List<String> places = names("Velsk", 2);
    List<String> outlets = names("Tide Post", 3);
    List<Article> batch = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      String title = "Report " + i + " " + w;
      String body = (title + ". ").repeat(1 + i % 7);
      Article plain = TestArticles.article(outlets.get(i % 3), title, body);
      Article dated =
          new Article(
              plain.id(),
              plain.title(),
              plain.body(),
              plain.outlet(),
              i % 10 == 0 ? Optional.empty() : Optional.of(LocalDate.of(2025, 1, 1).plusDays(i)),
              Optional.empty(),
              Optional.empty(),
              Optional.of("https://news.example/" + i + "/" + w),
              Optional.of(i % 2 == 0 ? "en" : "fr"),
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              plain.contentHash());
      batch.add(
          withEntities(
              dated,
              List.of(persons.get(i % 4)),
              List.of(organizations.get(i % 5)),
              List.of(places.get(i % 2))));
    }
    TestArticles.indexAll(articles, batch.toArray(Article[]::new));
    return new Corpus(w, persons, organizations, places, outlets);
  }

  private static Article withEntities(
      Article a, List<String> persons, List<String> organizations, List<String> places) {
    return new Article(
        a.id(),
        a.title(),
        a.body(),
        a.outlet(),
        a.published(),
        a.byline(),
        a.credit(),
        a.url(),
        a.language(),
        persons.stream().map(TestArticles::subject).toList(),
        mentions(organizations),
        mentions(places),
        a.captions(),
        a.contentHash());
  }

  private static List<EntityMention> mentions(List<String> names) {
    return names.stream().map(n -> new EntityMention(n, 1, null, List.of(n))).toList();
  }

  private void lowerWindow() throws Exception {
    client
        .indices()
        .putSettings(p -> p.index(ArticleIndex.ALIAS).settings(s -> s.maxResultWindow(WINDOW)));
  }

  private void restoreWindow() throws Exception {
    client
        .indices()
        .putSettings(p -> p.index(ArticleIndex.ALIAS).settings(s -> s.maxResultWindow(10_000)));
  }

  private static List<String> names(String stem, int count) {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      names.add(stem + " " + tag + " " + (char) ('A' + i));
    }
    return names;
  }

  private static String word() {
    StringBuilder word = new StringBuilder("xelq");
    UUID.randomUUID()
        .toString()
        .chars()
        .filter(Character::isLetterOrDigit)
        .limit(10)
        .forEach(c -> word.append((char) ('a' + c % 26)));
    return word.toString();
  }

  private static boolean has(JsonNode row, String field, String value) {
    for (JsonNode v : row.get(field)) {
      if (v.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }

  /** The corpus article's number, from its title "Report N word". */
  private static int number(String title) {
    return Integer.parseInt(title.split(" ")[1]);
  }

  private static List<String> dates(List<JsonNode> rows) {
    return rows.stream()
        .map(r -> r.get("published").isNull() ? "" : r.get("published").asText())
        .toList();
  }

  private static List<JsonNode> jsonLines(String body) throws Exception {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : body.split("\n")) {
      if (!line.isEmpty()) {
        rows.add(JSON.readTree(line));
      }
    }
    return rows;
  }

  private static List<List<String>> csvRows(byte[] body) throws Exception {
    CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = csv.readerFor(String[].class).readValues(body)) {
      while (it.hasNext()) {
        rows.add(Arrays.asList(it.next()));
      }
    }
    assertThat(new HashSet<>(rows.stream().map(List::size).toList())).containsExactly(10);
    return rows;
  }

  private static String enc(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A GET of an address whose query string is encoded already, each value sent as it reads. */
  private static Response fetch(String address) {
    var request = given();
    String[] parts = address.split("\\?", 2);
    if (parts.length == 2) {
      for (String pair : parts[1].split("&")) {
        String[] nameValue = pair.split("=", 2);
        request.queryParam(
            nameValue[0], java.net.URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
      }
    }
    return request.get(parts[0]);
  }
}
