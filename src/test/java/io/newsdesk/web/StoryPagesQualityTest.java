package io.newsdesk.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.newsdesk.Browser;
import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.SampleCorpus;
import io.newsdesk.pipeline.IngestPipeline;
import io.newsdesk.pipeline.IngestResult;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/** The story and source pages are valid HTML and pass the axe accessibility rules. */
@QuarkusTest
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
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.TEXT);
    for (String page : pages) {
      String html = given().when().get(root + page).then().statusCode(200).extract().asString();
      String report =
          validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
      assertThat(report.lines().filter(l -> l.contains("error:")).toList())
          .as("HTML errors on /" + page)
          .isEmpty();
    }
  }

  @Test
  void storyPagesPassTheAccessibilityChecker() {
    WebDriver browser = Browser.start();
    try {
      for (String page : pages) {
        browser.get(root + page);
        Results results = new AxeBuilder().analyze(browser);
        assertThat(
                results.getViolations().stream()
                    .map(
                        r ->
                            r.getId()
                                + ": "
                                + r.getHelp()
                                + " "
                                + r.getNodes().stream().map(n -> n.getTarget().toString()).toList())
                    .toList())
            .as("accessibility violations on /" + page)
            .isEmpty();
      }
    } finally {
      browser.quit();
    }
  }
}
