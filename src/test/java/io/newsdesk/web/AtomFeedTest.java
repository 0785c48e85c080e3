package io.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import io.newsdesk.saved.SavedSearchFeed;
import io.newsdesk.search.SearchQuery;
import io.newsdesk.search.SearchResults.SearchHit;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class AtomFeedTest {

  private static final URI BASE = URI.create("https://newsdesk.example/");
  private static final String SELF = "https://newsdesk.example/feeds/token.atom";
  private static final Instant CREATED = Instant.parse("2025-02-01T08:00:00Z");
  private static final Instant INGESTED = Instant.parse("2025-02-24T09:30:00.123Z");

  private static SearchHit hit(String id, String title, String url, Instant ingested) {
    return new SearchHit(
        id,
        title,
        title,
        "Harbour <Gazette>",
        LocalDate.of(2025, 2, 24),
        url,
        List.of("the <mark>strike</mark> goes on"),
        List.of(),
        ingested);
  }

  private static Feed parse(String xml) throws Exception {
    return (Feed) new WireFeedInput().build(new StringReader(xml));
  }

  @Test
  void entriesHaveStableUrnIdsUpdatedAndPublishedTimesAndLinks() throws Exception {
    SavedSearchFeed saved =
        new SavedSearchFeed(
            "abc",
            "Strike",
            SearchQuery.of("strike"),
            CREATED,
            List.of(
                hit("a1", "Dockers walk out", "https://news.example/a1", INGESTED),
                hit("a 2/b", "No link of its own", null, CREATED)));

    Feed feed = parse(AtomFeed.write(saved, BASE, SELF));

    assertThat(feed.getId()).isEqualTo("urn:newsdesk:saved-search:abc");
    assertThat(feed.getTitleEx().getValue()).isEqualTo("Strike");
    // Atom dates as Rome writes them: to the second.
    assertThat(feed.getUpdated()).isEqualTo(Date.from(INGESTED.truncatedTo(ChronoUnit.SECONDS)));
    assertThat(feed.getAuthors()).extracting(p -> p.getName()).containsExactly("Newsdesk");
    assertThat(feed.getOtherLinks())
        .singleElement()
        .satisfies(
            self -> {
              assertThat(self.getRel()).isEqualTo("self");
              assertThat(self.getHref()).isEqualTo(SELF);
            });
    assertThat(feed.getAlternateLinks().get(0).getHref())
        .isEqualTo("https://newsdesk.example/search?q=strike");
    List<Entry> entries = feed.getEntries();
    assertThat(entries)
        .extracting(Entry::getId)
        .containsExactly("urn:newsdesk:article:a1", "urn:newsdesk:article:a%202%2Fb");
    Entry first = entries.get(0);
    assertThat(first.getUpdated()).isEqualTo(Date.from(INGESTED.truncatedTo(ChronoUnit.SECONDS)));
    assertThat(first.getPublished()).isEqualTo(Date.from(Instant.parse("2025-02-24T00:00:00Z")));
    assertThat(first.getAlternateLinks().get(0).getHref()).isEqualTo("https://news.example/a1");
    assertThat(first.getSummary().getType()).isEqualTo("html");
    assertThat(first.getSummary().getValue())
        .isEqualTo("<p>Harbour &lt;Gazette&gt;</p><p>the <mark>strike</mark> goes on</p>");
    assertThat(entries.get(1).getAlternateLinks().get(0).getHref())
        .isEqualTo("https://newsdesk.example/articles/a%202%2Fb");
  }

  @Test
  void anEmptyFeedIsValidAtomUpdatedWhenTheSearchWasSaved() throws Exception {
    String xml =
        AtomFeed.write(
            new SavedSearchFeed("abc", "Quiet", SearchQuery.of(""), CREATED, List.of()),
            BASE,
            SELF);

    SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getEntries()).isEmpty();
    assertThat(parse(xml).getUpdated()).isEqualTo(Date.from(CREATED));
    assertThat(parse(xml).getAlternateLinks().get(0).getHref())
        .isEqualTo("https://newsdesk.example/search");
  }

  @Test
  void titlesAreTextSoMarkupInThemStaysText() throws Exception {
    String xml =
        AtomFeed.write(
            new SavedSearchFeed(
                "abc",
                "<script>alert(1)</script>",
                SearchQuery.of(""),
                CREATED,
                List.of(hit("x", "A <b>bold</b> title", null, INGESTED))),
            BASE,
            SELF);

    assertThat(xml).doesNotContain("<script>").doesNotContain("<b>");
    assertThat(parse(xml).getTitleEx().getValue()).isEqualTo("<script>alert(1)</script>");
    assertThat(parse(xml).getEntries().get(0).getTitleEx().getValue())
        .isEqualTo("A <b>bold</b> title");
  }
}
