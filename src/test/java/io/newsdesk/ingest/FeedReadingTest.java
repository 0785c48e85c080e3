package io.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.article.ArticleDraft;
import io.newsdesk.article.SourceMetadata;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReadingTest {

  static final String RSS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
           xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
          <title>The Harbour Gazette - Local news</title>
          <link>https://www.harbour-gazette.example/</link>
          <language>en-gb</language>
          <item>
            <title>Ferry timetable restored after storm</title>
            <link>https://www.harbour-gazette.example/news/ferry-timetable</link>
            <guid isPermaLink="false">hg-1001</guid>
            <pubDate>Tue, 04 Mar 2025 09:30:00 +0000</pubDate>
            <dc:creator>Mara Quill</dc:creator>
            <description>The ferry runs again.</description>
            <content:encoded><![CDATA[
              <p>The island ferry resumed its full timetable on Tuesday, three days after the storm
              closed the harbour.</p>
              <div class="share-tools"><a>Share on Facebook</a></div>
              <p>The operator said every crossing would run as planned for the rest of the week.</p>
            ]]></content:encoded>
          </item>
          <item>
            <title>Council to review harbour fees</title>
            <link>/news/harbour-fees</link>
            <guid>https://www.harbour-gazette.example/news/harbour-fees</guid>
            <pubDate>Wed, 05 Mar 2025 07:00:00 +0000</pubDate>
            <author>desk@harbour-gazette.example (Tom Reed)</author>
            <description>&lt;p&gt;The council will review its harbour fees next month.&lt;/p&gt;</description>
          </item>
        </channel>
      </rss>
      """;

  static final String ATOM =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
        <title>Northern Wire</title>
        <link href="https://northern-wire.example/"/>
        <id>urn:uuid:feed-northern-wire</id>
        <updated>2025-02-25T10:00:00Z</updated>
        <entry>
          <title>Night train to the coast returns</title>
          <link rel="alternate" href="https://northern-wire.example/night-train"/>
          <id>urn:uuid:entry-night-train</id>
          <published>2025-02-24T18:00:00Z</published>
          <updated>2025-02-25T08:00:00Z</updated>
          <author><name>Ada Lind</name></author>
          <summary>The night train is back.</summary>
          <content type="html">&lt;p&gt;The night train to the coast returns in May after a
            two-year pause, the operator said.&lt;/p&gt;&lt;p&gt;Sleeper cabins can be booked from
            Monday.&lt;/p&gt;</content>
        </entry>
      </feed>
      """;

  private final ArticleReader reader = new ArticleReader(1024 * 1024);

  @Test
  void rssItemsBecomeDraftsWithTheirTitleLinkDateBylineAndCleanedContent() {
    ReadOutcome outcome = reader.read(input("gazette.xml", RSS, Optional.empty()));

    assertThat(outcome.rejections()).isEmpty();
    assertThat(outcome.drafts()).hasSize(2);
    ArticleDraft ferry = outcome.drafts().get(0);
    assertThat(ferry.title()).isEqualTo("Ferry timetable restored after storm");
    assertThat(ferry.body())
        .contains("resumed its full timetable on Tuesday")
        .contains("every crossing would run as planned")
        .doesNotContain("Share on");
    SourceMetadata metadata = ferry.metadata();
    assertThat(metadata.url()).contains("https://www.harbour-gazette.example/news/ferry-timetable");
    assertThat(metadata.published()).contains(LocalDate.of(2025, 3, 4));
    assertThat(metadata.byline()).contains("Mara Quill");
    assertThat(metadata.outlet()).contains("The Harbour Gazette");
    assertThat(metadata.language()).contains("en");
  }

  @Test
  void aRelativeLinkIsResolvedAgainstTheFeedAndAnAuthorsEmailIsDropped() {
    FeedItem fees = items(RSS, Optional.empty()).get(1);

    assertThat(fees.link()).contains("https://www.harbour-gazette.example/news/harbour-fees");
    assertThat(fees.metadata().byline()).contains("Tom Reed");
  }

  @Test
  void anItemWithOnlyAShortDescriptionIsMarkedSummaryOnlyAndReadFromItsSummary() {
    var items = items(RSS, Optional.empty());

    assertThat(items.get(0).summaryOnly()).isFalse();
    assertThat(items.get(1).summaryOnly()).isTrue();
    ArticleDraft fees = reader.read(input("gazette.xml", RSS, Optional.empty())).drafts().get(1);
    assertThat(fees.title()).isEqualTo("Council to review harbour fees");
    assertThat(fees.body()).isEqualTo("The council will review its harbour fees next month.");
  }

  @Test
  void atomEntriesGiveTitleLinkPublishedDateAuthorAndContent() {
    ArticleDraft draft = reader.read(input("wire.atom", ATOM, Optional.empty())).drafts().get(0);

    assertThat(draft.title()).isEqualTo("Night train to the coast returns");
    assertThat(draft.paragraphs())
        .containsExactly(
            "The night train to the coast returns in May after a two-year pause, the operator said.",
            "Sleeper cabins can be booked from Monday.");
    assertThat(draft.metadata().url()).contains("https://northern-wire.example/night-train");
    assertThat(draft.metadata().published()).contains(LocalDate.of(2025, 2, 24));
    assertThat(draft.metadata().byline()).contains("Ada Lind");
    assertThat(draft.metadata().outlet()).contains("Northern Wire");
  }

  @Test
  void anAtomEntryWithContentIsNotSummaryOnlyAndItsKeyChangesWhenItIsUpdated() {
    FeedItem item = items(ATOM, Optional.empty()).get(0);
    FeedItem updated =
        items(ATOM.replace("2025-02-25T08:00:00Z", "2025-02-26T08:00:00Z"), Optional.empty())
            .get(0);

    assertThat(item.summaryOnly()).isFalse();
    assertThat(item.key()).startsWith("urn:uuid:entry-night-train@");
    assertThat(updated.key()).isNotEqualTo(item.key());
  }

  @Test
  void outletComesFromTheLinksHostWhenTheFeedHasNoTitle() {
    String untitled = RSS.replace("<title>The Harbour Gazette - Local news</title>", "");

    assertThat(items(untitled, Optional.empty()).get(0).metadata().outlet())
        .contains("harbour-gazette.example");
  }

  @Test
  void theOutletAndLanguageGivenWithTheFeedWinOverTheFeeds() {
    SourceMetadata given =
        new SourceMetadata(
            Optional.of("Gazette Group"),
            Optional.empty(),
            Optional.empty(),
            Optional.of("cy"),
            Optional.empty(),
            Optional.empty());

    FeedItem item = items(RSS, Optional.of(given)).get(0);

    assertThat(item.metadata().outlet()).contains("Gazette Group");
    assertThat(item.metadata().language()).contains("cy");
    assertThat(item.metadata().title()).contains("Ferry timetable restored after storm");
  }

  @Test
  void aFeedDeclaringAnExternalEntityIsRefusedAndTheEntityNeverRead(@TempDir Path dir)
      throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "SECRET-FROM-DISK");
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n<rss version=\"2.0\"><channel><title>&xxe;</title><link>https://x.example/</link>"
            + "<item><title>&xxe;</title><link>https://x.example/1</link>"
            + "<description>&xxe; and more text</description></item></channel></rss>";

    ReadOutcome outcome = reader.read(input("evil.xml", xxe, Optional.empty()));

    assertThat(outcome).isInstanceOf(ReadOutcome.Rejected.class);
    assertThat(outcome.rejections())
        .singleElement()
        .satisfies(
            rejection -> {
              assertThat(rejection.reason()).contains("DOCTYPE");
              assertThat(rejection.message()).doesNotContain("SECRET-FROM-DISK");
            });
  }

  @Test
  void malformedFeedXmlIsRejectedWithAReason() {
    String broken = RSS.replace("</item>\n    <item>", "\n    <item>");

    ReadOutcome outcome = reader.read(input("broken.rss", broken, Optional.empty()));

    assertThat(outcome).isInstanceOf(ReadOutcome.Rejected.class);
    assertThat(outcome.rejections().get(0).reason()).startsWith("malformed feed XML: ");
    assertThat(outcome.rejections().get(0).reason())
        .hasSizeGreaterThan("malformed feed XML: ".length());
  }

  @Test
  void aFeedWithoutItemsIsRejected() {
    String empty =
        "<rss version=\"2.0\"><channel><title>Quiet</title><link>https://q.example/</link>"
            + "</channel></rss>";

    assertThat(reader.read(input("quiet.xml", empty, Optional.empty())).rejections())
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("no items"));
  }

  @Test
  void aFeedIsToldByItsRootElementWhateverItsName() {
    assertThat(InputFormat.of("download", RSS)).isEqualTo(InputFormat.FEED);
    assertThat(InputFormat.of("download.xml", ATOM)).isEqualTo(InputFormat.FEED);
    assertThat(InputFormat.of("https://x.example/story.txt", "<p>Text</p>"))
        .isEqualTo(InputFormat.HTML);
  }

  private java.util.List<FeedItem> items(String feed, Optional<SourceMetadata> metadata) {
    FeedOutcome outcome = reader.readFeed(input("feed.xml", feed, metadata));
    assertThat(outcome).isInstanceOf(FeedOutcome.Parsed.class);
    return ((FeedOutcome.Parsed) outcome).items();
  }

  private static InputFile input(String name, String text, Optional<SourceMetadata> metadata) {
    return new InputFile(name, text.getBytes(StandardCharsets.UTF_8), metadata);
  }
}
