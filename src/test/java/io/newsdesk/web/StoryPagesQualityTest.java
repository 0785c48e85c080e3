package io.newsdesk.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.Browser;
import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.OwnStories;
import io.newsdesk.SampleCorpus;
import io.newsdesk.pipeline.IngestPipeline;
import io.newsdesk.pipeline.IngestResult;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/** The story and source pages are valid HTML and pass the axe accessibility rules. */
@QuarkusTest
@TestProfile(OwnStories.class)
@QuarkusTestResource(ElasticsearchTestResource.class)
class StoryPagesQualityTest {

  @TestHTTPResource("/")
  URL root;

  @Inject IngestPipeline pipeline;

  List<String> pages;

  @BeforeEach
  void pages() {
    String copy = null;
    for (IngestResult result : pipeline.ingest(SampleCorpus.files())) {
      if (result.file().startsWith("011-")) {
        copy = result.id();
      }
    }
    String story = StoriesApiTest.storyOf(copy).getString("id");
    pages =
        List.of(
            "stories",
            "stories?q=ferry&place=Holm+Island&not_outlet=Meridian+Wire",
            "stories/" + story,
            "sources?q=strike&sort=newest",
            "sources?q=nothing+matches+zzqx",
            "articles/" + copy);
  }

  @Test
  void storyPagesAreValidHtml() throws Exception {
    for (String page : pages) {
      String html = given().when().get(root + page).then().statusCode(200).extract().asString();
      assertThat(PageChecks.htmlErrors(html)).as("HTML errors on /" + page).isEmpty();
    }
  }

  @Test
  void storyPagesPassTheAccessibilityChecker() {
    WebDriver browser = Browser.start();
    try {
      for (String page : pages) {
        browser.get(root + page);
        assertThat(PageChecks.accessibilityViolations(browser))
            .as("accessibility violations on /" + page)
            .isEmpty();
      }
    } finally {
      browser.quit();
    }
  }
}
