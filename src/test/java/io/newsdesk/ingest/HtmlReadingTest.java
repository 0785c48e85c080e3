package io.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.article.ArticleDraft;
import io.newsdesk.article.SourceMetadata;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlReadingTest {

  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="en-GB">
      <head>
        <title>Rail fares to rise in spring | The Daily Example</title>
        <meta property="og:title" content="Rail fares to rise in spring">
        <meta property="og:site_name" content="The Daily Example">
        <meta property="article:published_time" content="2024-03-01T07:00:00Z">
        <meta name="author" content="Sam Patel">
        <link rel="canonical" href="https://daily.example/rail-fares">
        <script>var tracking = "Advertisement";</script>
      </head>
      <body>
        <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
        <div class="ad-slot">Advertisement</div>
        <main>
          <article>
            <h1>Rail fares to rise in spring</h1>
            <p class="standfirst">Season tickets will cost more from March.</p>
            <figure>
              <img src="station.jpg">
              <figcaption>Commuters at a city station. Photograph: Jo Lee/Example Images</figcaption>
            </figure>
            <p>Rail fares will rise by an average of five per cent in the spring, the operators
            said on Friday, the largest increase in a decade.</p>
            <p>Passenger groups said the rise would push more people back into their cars, and
            called on the government to freeze fares on commuter routes.</p>
            <div class="share-tools"><a>Share on Facebook</a><a>Share on X</a></div>
            <p>The operators said higher energy and staff costs left them no choice, and that
            the money would go towards new trains and longer platforms.</p>
            <p>We need your help now. Please contribute what you can.</p>
            <p>A union spokesperson said the increase was "a tax on getting to work".</p>
            <section class="comments"><h3>Leave a comment</h3><form><textarea></textarea></form></section>
          </article>
          <div class="related"><h2>Related</h2><ul><li><a>Bus routes cut</a></li><li><a>Tram delays</a></li></ul></div>
        </main>
        <footer>© 2024 The Daily Example Ltd. All rights reserved.</footer>
      </body>
      </html>
      """;

  private final ArticleReader reader = new ArticleReader(1024 * 1024);

  @Test
  void mainContentIsKeptAndNavigationAdsSharingCommentsAndAppealsDropped() {
    ArticleDraft draft = read(PAGE, Optional.empty());

    assertThat(draft.body())
        .contains("average of five per cent")
        .contains("freeze fares on commuter routes")
        .contains("new trains and longer platforms")
        .contains("a tax on getting to work")
        .doesNotContain("Home")
        .doesNotContain("Advertisement")
        .doesNotContain("Share on")
        .doesNotContain("We need your help")
        .doesNotContain("Leave a comment")
        .doesNotContain("Bus routes cut")
        .doesNotContain("All rights reserved");
  }

  @Test
  void standfirstStaysInTheBodyAfterTheHeadline() {
    ArticleDraft draft = read(PAGE, Optional.empty());

    assertThat(draft.title()).isEqualTo("Rail fares to rise in spring");
    assertThat(draft.paragraphs().get(0)).isEqualTo("Season tickets will cost more from March.");
  }

  @Test
  void figureCaptionGoesToCaptionsNotTheBody() {
    ArticleDraft draft = read(PAGE, Optional.empty());

    assertThat(draft.captions())
        .containsExactly("Commuters at a city station. Photograph: Jo Lee/Example Images");
    assertThat(draft.body()).doesNotContain("Commuters at a city station");
  }

  @Test
  void pageMarkupFillsTheMetadata() {
    SourceMetadata metadata = read(PAGE, Optional.empty()).metadata();

    assertThat(metadata.outlet()).hasValue("The Daily Example");
    assertThat(metadata.published()).hasValue(LocalDate.of(2024, 3, 1));
    assertThat(metadata.url()).hasValue("https://daily.example/rail-fares");
    assertThat(metadata.language()).hasValue("en");
    assertThat(metadata.byline()).hasValue("Sam Patel");
  }

  @Test
  void manifestMetadataWinsOverThePageMarkup() {
    SourceMetadata manifest =
        new SourceMetadata(
            Optional.of("Example Group"),
            Optional.empty(),
            Optional.of(LocalDate.of(2024, 3, 2)),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());

    SourceMetadata metadata = read(PAGE, Optional.of(manifest)).metadata();

    assertThat(metadata.outlet()).hasValue("Example Group");
    assertThat(metadata.published()).hasValue(LocalDate.of(2024, 3, 2));
    assertThat(metadata.url()).hasValue("https://daily.example/rail-fares");
  }

  @Test
  void jsonLdGivesTheDateAndPublisherWhenMetaTagsDoNot() {
    String page =
        """
        <html><head><script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "Site"},
          {"@type": "NewsArticle", "headline": "Ferry service resumes",
           "datePublished": "2023-07-14", "author": [{"@type": "Person", "name": "Lea Berg"}],
           "publisher": {"@type": "Organization", "name": "Coast News"}}]}
        </script></head>
        <body><h1>Ferry service resumes</h1>
        <p>The island ferry resumed its summer timetable on Friday.</p></body></html>
        """;

    SourceMetadata metadata = read(page, Optional.empty()).metadata();

    assertThat(metadata.published()).hasValue(LocalDate.of(2023, 7, 14));
    assertThat(metadata.outlet()).hasValue("Coast News");
    assertThat(metadata.byline()).hasValue("Lea Berg");
  }

  @Test
  void pageWithoutHeadlineMarkupGetsOneFromItsText() {
    String page =
        "<html><body><p>The county council voted on Wednesday to close two libraries,"
            + " despite a petition signed by more than four thousand residents who opposed it.</p>"
            + "<p>The closures take effect in June.</p></body></html>";

    ArticleDraft draft = read(page, Optional.empty());

    assertThat(draft.title()).startsWith("The county council voted on Wednesday").endsWith("…");
  }

  @Test
  void chromeClassNamesOnThePageFrameDoNotRemoveTheStory() {
    String page =
        "<html><body class=\"ad-free has-comments\"><article class=\"story social-enabled\">"
            + "<h1>Ferry fares frozen</h1>"
            + "<p>Ferry fares will stay at this year's level until next spring.</p>"
            + "</article></body></html>";

    ArticleDraft draft = read(page, Optional.empty());

    assertThat(draft.title()).isEqualTo("Ferry fares frozen");
    assertThat(draft.body()).contains("stay at this year's level");
  }

  private ArticleDraft read(String html, Optional<SourceMetadata> manifest) {
    ReadOutcome outcome =
        reader.read(new InputFile("page.html", html.getBytes(StandardCharsets.UTF_8), manifest));
    assertThat(outcome.rejections()).isEmpty();
    return outcome.drafts().get(0);
  }
}
