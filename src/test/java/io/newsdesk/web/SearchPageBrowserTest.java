package io.newsdesk.web;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

@QuarkusTest
@QuarkusTestResource(ElasticsearchTestResource.class)
class SearchPageBrowserTest {

  @TestHTTPResource("/")
  URL root;

  @Inject ArticleIndex index;

  WebDriver browser;
  String word;

  @BeforeEach
  void setUp() {
    browser = Browser.start();
    word = "zq" + Long.toString(System.nanoTime(), 36);
    for (int i = 0; i < 3; i++) {
      index("Harbour Courier", "Lockkeepers " + word + " strike day " + i);
    }
    index("Northgate Daily", "Lockkeepers " + word + " talks resume");
  }

  @AfterEach
  void tearDown() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void searchPickAnOutletOpenAnArticleAndGoBack() {
    browser.get(root + "search?q=" + word);
    assertThat(total()).isEqualTo("4 results");
    List<WebElement> marks = browser.findElements(By.cssSelector(".hit mark"));
    assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(m.isDisplayed()).isTrue());
    assertThat(marks.get(0).getText()).isEqualToIgnoringCase(word);

    browser
        .findElement(
            By.xpath(
                "//section[@data-facet='outlet']//a[.//span[@class='value' and text()='Northgate Daily']]"))
        .click();
    Browser.waitUntil(browser, () -> total().equals("1 result"));
    assertThat(browser.getCurrentUrl()).contains("outlet=Northgate+Daily");
    assertThat(facetCount("outlet", "Harbour Courier"))
        .as("the outlet facet still counts the other outlet's hits")
        .isEqualTo("3");
    String filtered = browser.getCurrentUrl();

    browser.findElement(By.cssSelector(".hit-title a")).click();
    Browser.waitUntil(
        browser, () -> !browser.findElements(By.cssSelector(".article-body")).isEmpty());
    assertThat(browser.findElement(By.cssSelector(".article-body mark")).isDisplayed()).isTrue();

    browser.navigate().back();
    Browser.waitUntil(
        browser, () -> browser.getCurrentUrl().equals(filtered) && total().equals("1 result"));
  }

  @Test
  void aMisspeltWordIsSearchedRespelledWithALinkToSearchItAsTyped() {
    // Other tests' articles share "Lockkeepers": the respelled search is the measure.
    browser.get(root + "search?q=Lockkeepers+" + word);
    String respelled = total();
    browser.get(root + "search?q=Lockkeeperz+" + word);

    WebElement notice = browser.findElement(By.cssSelector(".notice.corrected"));
    assertThat(notice.getText())
        .isEqualTo(
            "Showing results for Lockkeepers " + word + ". Search instead for Lockkeeperz " + word);
    assertThat(total()).isEqualTo(respelled);
    assertThat(browser.findElements(By.cssSelector(".hit-title")).subList(0, 4))
        .as("the four articles with both words first")
        .allSatisfy(title -> assertThat(title.getText()).containsIgnoringCase(word));

    notice.findElement(By.tagName("a")).click();
    Browser.waitUntil(browser, () -> browser.getCurrentUrl().contains("spelling=as-typed"));
    assertThat(browser.findElements(By.cssSelector(".notice.corrected"))).isEmpty();
    assertThat(browser.findElement(By.cssSelector(".did-you-mean a")).getText())
        .isEqualTo("Lockkeepers " + word);
  }

  private void index(String outlet, String title) {
    Article article =
        TestArticles.article(outlet, title, title + ". The " + word + " dispute goes on.");
    TestArticles.index(index, article);
  }

  private String total() {
    return browser.findElement(By.cssSelector(".total")).getText().replaceAll(" for .*", "");
  }

  private String facetCount(String facet, String value) {
    WebElement link =
        browser.findElement(
            By.xpath(
                "//section[@data-facet='"
                    + facet
                    + "']//a[.//span[@class='value' and text()='"
                    + value
                    + "']]"));
    return link.findElement(By.cssSelector(".count")).getText().replaceAll("\\D.*", "");
  }
}
