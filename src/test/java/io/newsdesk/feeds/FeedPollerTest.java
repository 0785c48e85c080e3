package io.newsdesk.feeds;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.LoopbackServer;
import io.newsdesk.fetch.WebFetcher;
import io.newsdesk.ingest.ArticleReader;
import io.newsdesk.pipeline.IngestPipeline;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ElasticsearchTestResource.class)
class FeedPollerTest {

  private static final Instant T0 = Instant.parse("2025-03-04T10:00:00Z");
  private static final Duration INTERVAL = Duration.ofMinutes(15);
  private static final Duration FIRST_RETRY = Duration.ofMinutes(1);

  @Inject IngestPipeline pipeline;

  LoopbackServer server;

  /** A word only this test's articles contain, so other runs' data never counts. */
  String run;

  @BeforeEach
  void start() {
    server = LoopbackServer.start();
    // Random, not a clock: tokens of two tests must not be one typing error apart, or the search
    // respells one into the other.
    run = "fp" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anUnchangedFeedIsAskedForWithItsValidatorsAndA304IngestsNothing() {
    String feed = feed(item("ferry", full("The island ferry resumed its timetable")));
    server.answer(
        "/feed.xml",
        exchange -> {
          if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            LoopbackServer.send(exchange, 304, "application/rss+xml", "");
          } else {
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            exchange.getResponseHeaders().set("Last-Modified", "Tue, 04 Mar 2025 09:00:00 GMT");
            LoopbackServer.send(exchange, 200, "application/rss+xml", feed);
          }
        });
    FeedPoller poller = poller("/feed.xml", Duration.ofSeconds(5));

    poller.poll(T0);
    poller.poll(T0.plus(INTERVAL));

    assertThat(server.requests("/feed.xml")).hasSize(2);
    assertThat(server.requests("/feed.xml").get(0).getFirst("If-None-Match")).isNull();
    assertThat(server.requests("/feed.xml").get(1).getFirst("If-None-Match")).isEqualTo("\"v1\"");
    assertThat(server.requests("/feed.xml").get(1).getFirst("If-Modified-Since"))
        .isEqualTo("Tue, 04 Mar 2025 09:00:00 GMT");
    FeedStatus status = poller.status();
    assertThat(status.state()).isEqualTo(FeedStatus.State.NOT_MODIFIED);
    assertThat(status.newItems()).isZero();
    assertThat(status.nextAttempt()).isEqualTo(T0.plus(INTERVAL).plus(INTERVAL));
    assertThat(searchTotal(run)).isEqualTo(1);
  }

  @Test
  void aServerErrorAndATimeoutAreRetriedWithADoublingWaitUntilTheFeedAnswers() {
    String feed = feed(item("strike", full("Dockers ended their strike")));
    AtomicInteger calls = new AtomicInteger();
    server.answer(
        "/flaky.xml",
        exchange -> {
          switch (calls.incrementAndGet()) {
            case 1 -> LoopbackServer.send(exchange, 500, "text/plain", "boom");
            case 2 -> {
              sleep(2_000);
              LoopbackServer.send(exchange, 200, "application/rss+xml", feed);
            }
            default -> LoopbackServer.send(exchange, 200, "application/rss+xml", feed);
          }
        });
    FeedPoller poller = poller("/flaky.xml", Duration.ofMillis(500));

    poller.poll(T0);
    FeedStatus afterError = poller.status();
    Instant t1 = afterError.nextAttempt();
    poller.poll(t1);
    FeedStatus afterTimeout = poller.status();
    Instant t2 = afterTimeout.nextAttempt();
    poller.poll(t2);

    assertThat(afterError.state()).isEqualTo(FeedStatus.State.FAILING);
    assertThat(afterError.error()).isEqualTo("answered HTTP 500");
    assertThat(afterError.failures()).isEqualTo(1);
    assertThat(t1).isEqualTo(T0.plus(FIRST_RETRY));
    assertThat(poller.isDue(T0.plusSeconds(30))).isFalse();
    assertThat(afterTimeout.error()).contains("timed out");
    assertThat(afterTimeout.failures()).isEqualTo(2);
    assertThat(t2).isEqualTo(t1.plus(FIRST_RETRY.multipliedBy(2)));
    FeedStatus recovered = poller.status();
    assertThat(recovered.state()).isEqualTo(FeedStatus.State.OK);
    assertThat(recovered.failures()).isZero();
    assertThat(recovered.error()).isNull();
    assertThat(recovered.nextAttempt()).isEqualTo(t2.plus(INTERVAL));
    assertThat(searchTotal(run)).isEqualTo(1);
  }

  @Test
  void itemsSeenInAnEarlierPollAreSkippedAndOnlyANewOneIsIngested() {
    String first = item("budget", full("The council approved the harbour budget"));
    String second = item("bridge", full("The old bridge reopened to traffic"));
    server.serve("/feed.xml", "application/rss+xml", feed(first));
    FeedPoller poller = poller("/feed.xml", Duration.ofSeconds(5));

    poller.poll(T0);
    FeedStatus firstPoll = poller.status();
    poller.poll(T0.plus(INTERVAL));
    FeedStatus samePoll = poller.status();
    server.serve("/feed.xml", "application/rss+xml", feed(first, second));
    poller.poll(T0.plus(INTERVAL.multipliedBy(2)));
    FeedStatus grownPoll = poller.status();

    assertThat(firstPoll.newItems()).isEqualTo(1);
    assertThat(firstPoll.indexed()).isEqualTo(1);
    assertThat(samePoll.state()).isEqualTo(FeedStatus.State.OK);
    assertThat(samePoll.newItems()).isZero();
    assertThat(grownPoll.newItems()).isEqualTo(1);
    assertThat(grownPoll.indexed()).isEqualTo(1);
    assertThat(searchTotal(run)).isEqualTo(2);
    assertThat(searchTotal("\"harbour budget\" " + run)).isEqualTo(1);
  }

  @Test
  void afterARestartTheSameItemsAreRecognisedByTheirUrlAndReportedUnchanged() {
    server.serve(
        "/feed.xml",
        "application/rss+xml",
        feed(item("tern", full("Arctic terns returned to the skerries"))));

    poller("/feed.xml", Duration.ofSeconds(5)).poll(T0);
    FeedPoller restarted = poller("/feed.xml", Duration.ofSeconds(5));
    restarted.poll(T0.plus(INTERVAL));

    assertThat(restarted.status().newItems()).isEqualTo(1);
    assertThat(restarted.status().unchanged()).isEqualTo(1);
    assertThat(restarted.status().indexed()).isZero();
    assertThat(searchTotal(run)).isEqualTo(1);
  }

  @Test
  void aSummaryOnlyItemIsIndexedFromItsLinkedPageWithoutThePagesChrome() {
    server.serve(
        "/stories/salvage-" + run,
        "text/html; charset=utf-8",
        """
        <html><head><title>Salvage | Harbour Gazette</title></head><body>
          <nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
          <article><h1>Salvage crews reach the Calla Rose</h1>
            <p>Salvage crews reached the grounded freighter at dawn, %s, and began pumping fuel.</p>
            <p>The coastguard said the hull was intact and no oil had been seen on the water.</p>
            <div class="share-tools"><a>Share on Facebook</a></div>
          </article>
          <footer>© 2025 Harbour Gazette. All rights reserved.</footer>
        </body></html>
        """
            .formatted(run));
    server.serve(
        "/feed.xml",
        "application/rss+xml",
        feed(
            "<item><title>Salvage crews reach the Calla Rose</title>"
                + "<link>"
                + server.uri("/stories/salvage-" + run)
                + "</link><guid>"
                + run
                + "-salvage</guid><description>Crews reach the freighter.</description></item>"));
    FeedPoller poller = poller("/feed.xml", Duration.ofSeconds(5));

    poller.poll(T0);

    assertThat(server.requests("/stories/salvage-" + run)).hasSize(1);
    assertThat(poller.status().error()).isNull();
    JsonPath hits = search(run);
    assertThat(hits.getInt("total")).isEqualTo(1);
    JsonPath article =
        given()
            .get("/api/articles/{id}", hits.getString("hits[0].id"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(article.getString("title")).isEqualTo("Salvage crews reach the Calla Rose");
    assertThat(article.getString("url"))
        .isEqualTo(server.uri("/stories/salvage-" + run).toString());
    assertThat(article.getString("body"))
        .contains("began pumping fuel")
        .contains("no oil had been seen")
        .doesNotContain("Share on")
        .doesNotContain("Sport")
        .doesNotContain("All rights reserved");
  }

  @Test
  void aLinkedPageThatFailsLeavesTheSummaryIndexedAndIsFetchedAgainAtTheNextPoll() {
    AtomicInteger pageCalls = new AtomicInteger();
    server.answer(
        "/stories/lisk-" + run,
        exchange -> {
          if (pageCalls.incrementAndGet() == 1) {
            LoopbackServer.send(exchange, 503, "text/plain", "busy");
          } else {
            LoopbackServer.send(
                exchange,
                200,
                "text/html",
                "<html><body><article><h1>River Lisk floods</h1><p>The River Lisk burst its banks"
                    + " overnight, flooding forty homes.</p><p>Sandbags were handed out at the"
                    + " town hall.</p></article></body></html>");
          }
        });
    server.serve(
        "/feed.xml",
        "application/rss+xml",
        feed(
            "<item><title>River Lisk floods</title><link>"
                + server.uri("/stories/lisk-" + run)
                + "</link><guid>"
                + run
                + "-lisk</guid><description>The river floods, "
                + run
                + ".</description></item>"));
    FeedPoller poller = poller("/feed.xml", Duration.ofSeconds(5));

    poller.poll(T0);
    FeedStatus withSummary = poller.status();
    poller.poll(T0.plus(INTERVAL));

    assertThat(withSummary.state()).isEqualTo(FeedStatus.State.OK);
    assertThat(withSummary.indexed()).isEqualTo(1);
    assertThat(withSummary.error()).contains("/stories/lisk-" + run).contains("answered HTTP 503");
    assertThat(pageCalls.get()).isEqualTo(2);
    assertThat(poller.status().updated()).isEqualTo(1);
    assertThat(poller.status().error()).isNull();
    assertThat(searchTotal("\"flooding forty homes\"")).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aLinkToAnotherLocalAddressIsRefusedAsTheFeedsLinksAreAThirdPartys() {
    server.serve("/internal", "text/html", "<p>internal secrets</p>");
    String elsewhere = "http://localhost:" + server.port() + "/internal";
    server.serve(
        "/feed.xml",
        "application/rss+xml",
        feed(
            "<item><title>Lure</title><link>"
                + elsewhere
                + "</link><guid>"
                + run
                + "-lure</guid><description>A lure, "
                + run
                + ".</description></item>"));
    FeedPoller poller = poller("/feed.xml", Duration.ofSeconds(5));

    poller.poll(T0);

    assertThat(server.requests("/internal")).isEmpty();
    assertThat(poller.status().error()).contains("refused");
  }

  @Test
  void aRedirectFromTheFeedsHostToAnotherLocalAddressIsRefusedToo() {
    server.serve("/internal", "text/html", "<p>internal secrets</p>");
    server.answer(
        "/moved",
        exchange -> {
          exchange
              .getResponseHeaders()
              .set("Location", "http://localhost:" + server.port() + "/internal");
          LoopbackServer.send(exchange, 302, "text/plain", "");
        });
    server.serve(
        "/feed.xml",
        "application/rss+xml",
        feed(
            "<item><title>Moved</title><link>"
                + server.uri("/moved")
                + "</link><guid>"
                + run
                + "-moved</guid><description>Moved, "
                + run
                + ".</description></item>"));
    FeedPoller poller = poller("/feed.xml", Duration.ofSeconds(5));

    poller.poll(T0);

    assertThat(server.requests("/moved")).hasSize(1);
    assertThat(server.requests("/internal")).isEmpty();
    assertThat(poller.status().error()).contains("refused: http://localhost:");
  }

  @Test
  void aMalformedFeedIsAFailureWithItsReason() {
    server.serve("/bad.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><item>");
    FeedPoller poller = poller("/bad.xml", Duration.ofSeconds(5));

    poller.poll(T0);

    assertThat(poller.status().state()).isEqualTo(FeedStatus.State.FAILING);
    assertThat(poller.status().error()).startsWith("malformed feed XML");
  }

  private FeedPoller poller(String path, Duration timeout) {
    return new FeedPoller(
        server.uri(path),
        new RetrySchedule(INTERVAL, FIRST_RETRY, Duration.ofMinutes(10)),
        new WebFetcher(timeout, 1 << 20),
        new LinkedPages(WebFetcher.handingBackRedirects(timeout, 1 << 20)),
        new ArticleReader(1 << 20),
        pipeline,
        T0);
  }

  private String item(String slug, String html) {
    URI link = URI.create("https://gazette.example/" + run + "/" + slug);
    return "<item><title>"
        + slug
        + " story "
        + run
        + "</title><link>"
        + link
        + "</link><guid>"
        + link
        + "</guid><pubDate>Tue, 04 Mar 2025 09:30:00 +0000</pubDate>"
        + "<content:encoded><![CDATA["
        + html
        + "]]></content:encoded></item>";
  }

  private String full(String sentence) {
    return "<p>"
        + sentence
        + " on Tuesday, officials said, in a statement about "
        + run
        + ".</p><p>More details were expected later in the week.</p>";
  }

  private static String feed(String... items) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\""
        + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
        + "<title>Harbour Gazette</title><link>https://gazette.example/</link>"
        + String.join("", items)
        + "</channel></rss>";
  }

  private static JsonPath search(String query) {
    return given()
        .queryParam("q", query)
        .get("/api/search")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static int searchTotal(String query) {
    return search(query).getInt("total");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
