package io.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.Browser;
import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.OwnStories;
import io.newsdesk.SampleCorpus;
import io.newsdesk.pipeline.IngestPipeline;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

@QuarkusTest
@TestProfile(OwnStories.class)
@QuarkusTestResource(ElasticsearchTestResource.class)
class StoryPagesBrowserTest {

  @TestHTTPResource("/")
  URL root;

  @Inject IngestPipeline pipeline;

  WebDriver browser;

  @BeforeEach
  void setUp() {
    pipeline.ingest(SampleCorpus.files());
    browser = Browser.start();
  }

  @AfterEach
  void tearDown() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void fromASearchToItsSourcesToTheStoryAndOneOfItsCopies() {
    browser.get(root + "search?q=dockworkers+automation");
    view("By outlet").click();
    Browser.waitUntil(
        browser, () -> browser.getCurrentUrl().contains("/sources?q=dockworkers+automation"));
    List<String> groups = texts(By.cssSelector(".source-group h2.outlet"));
    assertThat(groups).doesNotHaveDuplicates().contains("MERIDIAN WIRE", "THE LANFORD LEDGER");
    assertThat(browser.findElements(By.cssSelector(".source-group .hit mark"))).isNotEmpty();

    view("Stories").click();
    Browser.waitUntil(
        browser, () -> browser.getCurrentUrl().contains("/stories?q=dockworkers+automation"));
    // Later stories that mention the strike (the rate rise) come first in the latest list: the
    // strike's is the one that began on 10 March.
    WebElement strike =
        browser.findElement(
            By.xpath(
                "//*[@data-list='latest']//*[contains(@class,'story-card')]"
                    + "[.//*[contains(@class,'hit-meta')][contains(., '2025-03-10 to')]]"));
    assertThat(strike.findElement(By.cssSelector(".hit-meta")).getText())
        .startsWith("6 articles from 6 outlets");
    strike.findElement(By.cssSelector(".hit-title a")).click();

    Browser.waitUntil(browser, () -> browser.getCurrentUrl().contains("/stories/"));
    assertThat(browser.findElements(By.cssSelector(".timeline li"))).hasSize(6);
    assertThat(browser.findElements(By.cssSelector(".outlet-column"))).hasSize(6);
    WebElement ledger =
        browser.findElement(By.cssSelector(".outlet-column[data-outlet='The Lanford Ledger']"));
    // Both ran it on 10 March and the Ledger credits no agency: which came first is unknown.
    assertThat(ledger.findElement(By.cssSelector(".relation")).getText())
        .matches(
            "Copy, or copied by, Meridian Wire \\(7\\d% shared wording; which came first is"
                + " unknown\\)");
    WebElement shared =
        ledger.findElement(By.cssSelector("details.shared[data-with='Meridian Wire']"));
    WebElement passage = shared.findElement(By.tagName("blockquote"));
    assertThat(passage.isDisplayed()).isFalse();
    shared.findElement(By.tagName("summary")).click();
    Browser.waitUntil(browser, passage::isDisplayed);
    assertThat(passage.getText()).containsIgnoringCase("walked off the job at Port Velsk");
    assertThat(browser.findElements(By.cssSelector(".outlet-column .own-quote"))).isNotEmpty();

    ledger.findElement(By.cssSelector(".column-articles a")).click();
    Browser.waitUntil(browser, () -> browser.getCurrentUrl().contains("/articles/"));
    assertThat(browser.findElement(By.cssSelector(".story-section .relation")).getText())
        .startsWith("This article: Copy");
    assertThat(texts(By.cssSelector(".story-articles.others .outlet")))
        .contains("Meridian Wire", "Northgate Daily")
        .doesNotContain("The Lanford Ledger");
  }

  /** A link to the same search in another view, not the site navigation's. */
  private WebElement view(String name) {
    return browser.findElement(
        By.xpath("//nav[@aria-label='Other views']//a[text()='" + name + "']"));
  }

  private List<String> texts(By selector) {
    return browser.findElements(selector).stream().map(WebElement::getText).toList();
  }
}
