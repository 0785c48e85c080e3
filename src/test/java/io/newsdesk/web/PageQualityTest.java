package io.newsdesk.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.Browser;
import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.TestArticles;
import io.newsdesk.article.Article;
import io.newsdesk.index.ArticleIndex;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/** The main pages are valid HTML and pass the axe accessibility rules. */
@QuarkusTest
@QuarkusTestResource(ElasticsearchTestResource.class)
class PageQualityTest {

  @TestHTTPResource("/")
  URL root;

  @Inject ArticleIndex index;

  String articleId;

  @BeforeEach
  void article() {
    Article a =
        TestArticles.article(
            "Quality Herald",
            "Tide tables revised",
            "The tide tables were revised.\n\nPilots welcomed it.");
    articleId = TestArticles.index(index, withPerson(a, "Mara Lind"));
  }

  List<String> pages() {
    return List.of(
        "",
        "search?q=tide+tables",
        "search?q=tide&outlet=Quality+Herald&sort=newest",
        "search?q=%22unbalanced",
        "articles/" + articleId + "?q=tide",
        "search?page=-1",
        "admin/ingest",
        "saved",
        "starred",
        "entities/person/Mara%20Lind");
  }

  @Test
  void mainPagesAreValidHtml() throws Exception {
    for (String page : pages()) {
      String html = given().when().get(root + page).then().extract().asString();
      assertThat(PageChecks.htmlErrors(html)).as("HTML errors on /" + page).isEmpty();
    }
  }

  @Test
  void mainPagesPassTheAccessibilityChecker() {
    WebDriver browser = Browser.start();
    try {
      for (String page : pages()) {
        browser.get(root + page);
        assertThat(PageChecks.accessibilityViolations(browser))
            .as("accessibility violations on /" + page)
            .isEmpty();
      }
    } finally {
      browser.quit();
    }
  }

  private static Article withPerson(Article a, String person) {
    return new Article(
        a.id(),
        a.title(),
        a.body(),
        a.outlet(),
        a.published(),
        Optional.of("Sam Okoro"),
        Optional.of("AFP"),
        Optional.of("https://herald.example/tide"),
        a.language(),
        List.of(TestArticles.subject(person)),
        List.of(TestArticles.subject("Harbour Board")),
        List.of(TestArticles.subject("Port Velsk")),
        List.of("Pilots at the quay. Photograph: A. Photographer"),
        a.contentHash());
  }
}
