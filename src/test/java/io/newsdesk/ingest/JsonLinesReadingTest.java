package io.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.article.ArticleDraft;
import io.newsdesk.article.SourceMetadata;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class JsonLinesReadingTest {

  private final ArticleReader reader = new ArticleReader(64 * 1024);

  @Test
  void badLinesAreReportedByNumberAndTheOthersKept() {
    String feed =
        line("Tram line opens", "The new tram line opened on Sunday.")
            + "{\"title\": \"Broken\", \"body\": \n"
            + line("Library extends hours", "The library will open later on weekdays.")
            + "{\"title\": \"No text at all\"}\n"
            + "[1, 2, 3]\n";

    ReadOutcome outcome = reader.read(input("feed.jsonl", feed, Optional.empty()));

    assertThat(outcome).isInstanceOf(ReadOutcome.Read.class);
    assertThat(outcome.drafts())
        .extracting(ArticleDraft::title)
        .containsExactly("Tram line opens", "Library extends hours");
    assertThat(outcome.drafts())
        .extracting(ArticleDraft::source)
        .containsExactly("feed.jsonl:1", "feed.jsonl:3");
    assertThat(outcome.rejections())
        .extracting(Rejection::line)
        .containsExactly(OptionalInt.of(2), OptionalInt.of(4), OptionalInt.of(5));
    assertThat(outcome.rejections().get(0).reason()).contains("not valid JSON");
    assertThat(outcome.rejections().get(1).reason()).contains("neither \"body\" nor \"html\"");
    assertThat(outcome.rejections().get(2).reason()).contains("not a JSON object");
    assertThat(outcome.rejections().get(0).message()).startsWith("feed.jsonl, line 2: ");
  }

  @Test
  void blankLinesAreNeitherArticlesNorErrorsButKeepTheLineCount() {
    String feed = "\n" + line("Tram line opens", "The new tram line opened on Sunday.") + "\n{";

    ReadOutcome outcome = reader.read(input("feed.jsonl", feed, Optional.empty()));

    assertThat(outcome.drafts()).extracting(ArticleDraft::source).containsExactly("feed.jsonl:2");
    assertThat(outcome.rejections()).extracting(Rejection::line).containsExactly(OptionalInt.of(4));
  }

  @Test
  void fieldsOfTheLineBecomeTheDraftsMetadata() {
    String feed =
        "{\"title\": \"Port strike ends\", \"body\": \"Dock workers returned on Monday.\","
            + " \"url\": \"https://example.org/port\", \"outlet\": \"Harbour Gazette\","
            + " \"published\": \"2024-11-03T08:15:00+01:00\", \"byline\": \"Ana Ruiz\","
            + " \"language\": \"en\"}";

    ArticleDraft draft = reader.read(input("feed.jsonl", feed, Optional.empty())).drafts().get(0);

    assertThat(draft.title()).isEqualTo("Port strike ends");
    assertThat(draft.paragraphs()).containsExactly("Dock workers returned on Monday.");
    assertThat(draft.metadata())
        .isEqualTo(
            new SourceMetadata(
                Optional.of("Harbour Gazette"),
                Optional.of("https://example.org/port"),
                Optional.of(LocalDate.of(2024, 11, 3)),
                Optional.of("en"),
                Optional.of("Port strike ends"),
                Optional.of("Ana Ruiz")));
  }

  @Test
  void fileMetadataFillsWhatALineLeavesOut() {
    SourceMetadata file =
        new SourceMetadata(
            Optional.of("Feed Outlet"),
            Optional.empty(),
            Optional.empty(),
            Optional.of("en"),
            Optional.empty(),
            Optional.empty());
    String feed =
        "{\"title\": \"A\", \"body\": \"Text one.\", \"outlet\": \"Line Outlet\"}\n"
            + "{\"title\": \"B\", \"body\": \"Text two.\"}\n";

    ReadOutcome outcome = reader.read(input("feed.jsonl", feed, Optional.of(file)));

    assertThat(outcome.drafts())
        .extracting(d -> d.metadata().outlet().orElseThrow())
        .containsExactly("Line Outlet", "Feed Outlet");
    assertThat(outcome.drafts())
        .allSatisfy(d -> assertThat(d.metadata().language()).hasValue("en"));
  }

  @Test
  void publishedThatIsNoDateRejectsItsLine() {
    String feed = "{\"title\": \"A\", \"body\": \"Text.\", \"published\": \"last Tuesday\"}";

    ReadOutcome outcome = reader.read(input("feed.jsonl", feed, Optional.empty()));

    assertThat(outcome).isInstanceOf(ReadOutcome.Rejected.class);
    assertThat(outcome.rejections().get(0).reason()).contains("last Tuesday");
  }

  @Test
  void htmlFieldIsReadAsAPageWithItsCaptions() {
    String html =
        "<article><h1>Museum reopens</h1><figure><img src=x.jpg>"
            + "<figcaption>Visitors queue outside. Photograph: A. Photographer</figcaption></figure>"
            + "<p>The museum reopened after a two-year renovation.</p>"
            + "<p>Tickets sold out within hours.</p></article>";
    String feed = "{\"html\": " + quoted(html) + "}";

    ArticleDraft draft = reader.read(input("feed.jsonl", feed, Optional.empty())).drafts().get(0);

    assertThat(draft.title()).isEqualTo("Museum reopens");
    assertThat(draft.captions())
        .containsExactly("Visitors queue outside. Photograph: A. Photographer");
    assertThat(draft.body()).doesNotContain("Visitors queue").contains("two-year renovation");
  }

  @Test
  void bodyIsCleanedOfChromeLikeAnyText() {
    String feed = line("Flood defences built", "Advertisement\n\nThe wall was finished in May.");

    ArticleDraft draft = reader.read(input("feed.jsonl", feed, Optional.empty())).drafts().get(0);

    assertThat(draft.paragraphs()).containsExactly("The wall was finished in May.");
  }

  @Test
  void fileWithNoGoodLineIsRejectedWithEveryLinesReason() {
    ReadOutcome outcome = reader.read(input("feed.jsonl", "nope\n{}\n", Optional.empty()));

    assertThat(outcome).isInstanceOf(ReadOutcome.Rejected.class);
    assertThat(outcome.rejections())
        .extracting(Rejection::line)
        .containsExactly(OptionalInt.of(1), OptionalInt.of(2));
  }

  private static String line(String title, String body) {
    return "{\"title\": " + quoted(title) + ", \"body\": " + quoted(body) + "}\n";
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private static InputFile input(String name, String text, Optional<SourceMetadata> metadata) {
    return new InputFile(name, text.getBytes(StandardCharsets.UTF_8), metadata);
  }
}
