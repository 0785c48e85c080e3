package io.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.Browser;
import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.TestArticles;
import io.newsdesk.index.ArticleIndex;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A reader saves a search, opens it, renames it and deletes it, in a real browser. */
@QuarkusTest
@QuarkusTestResource(ElasticsearchTestResource.class)
class SavedSearchBrowserTest {

  @TestHTTPResource("/")
  URL root;

  @Inject ArticleIndex index;

  WebDriver browser;
  String word;

  @BeforeEach
  void setUp() {
    browser = Browser.start();
    word = "sv" + Long.toString(System.nanoTime(), 36);
    TestArticles.index(index, "Saved Gazette", "Ferry fares " + word + " rise again");
  }

  @AfterEach
  void tearDown() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void saveOpenRenameAndDelete() {
    browser.get(root + "search?q=" + word + "&outlet=Saved+Gazette");
    WebElement name = browser.findElement(By.id("save-search-name"));
    assertThat(name.getAttribute("value")).as("a name is suggested").contains(word);
    name.clear();
    name.sendKeys("Ferry fares");
    browser.findElement(By.id("save-search-button")).click();

    Browser.waitUntil(browser, () -> browser.getCurrentUrl().contains("/saved"));
    WebElement saved = browser.findElement(By.cssSelector("#saved-searches li.saved-search"));
    String id = saved.getAttribute("data-saved-id");
    assertThat(saved.findElement(By.cssSelector(".saved-name a")).getText())
        .isEqualTo("Ferry fares");
    assertThat(saved.findElement(By.cssSelector(".saved-filters")).getText())
        .contains("Saved Gazette");

    browser.findElement(By.id("open-" + id)).click();
    Browser.waitUntil(browser, () -> browser.getCurrentUrl().contains("/search"));
    assertThat(browser.getCurrentUrl()).contains("outlet=Saved+Gazette").contains(word);
    assertThat(browser.findElements(By.cssSelector(".hit"))).hasSize(1);

    browser.get(root + "saved");
    WebElement rename = browser.findElement(By.id("rename-name-" + id));
    rename.clear();
    rename.sendKeys("Island ferries");
    browser.findElement(By.id("rename-button-" + id)).click();
    Browser.waitUntil(
        browser,
        () ->
            browser.findElements(By.id("open-" + id)).stream()
                .anyMatch(a -> a.getText().equals("Island ferries")));
    assertThat(
            browser
                .findElement(By.id("saved-" + id))
                .findElement(By.cssSelector(".saved-opened"))
                .getText())
        .as("opening it was recorded")
        .doesNotContain("never");

    browser.findElement(By.id("delete-button-" + id)).click();
    Browser.waitUntil(browser, () -> browser.findElements(By.id("saved-" + id)).isEmpty());
    assertThat(browser.findElements(By.id("no-saved-searches"))).hasSize(1);
  }
}
