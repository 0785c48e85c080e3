package io.newsdesk.feeds;

import io.newsdesk.NewsdeskConfig;
import io.newsdesk.fetch.WebFetcher;
import io.newsdesk.index.IndexSchema;
import io.newsdesk.ingest.ArticleReader;
import io.newsdesk.pipeline.IngestPipeline;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * The feeds of {@code newsdesk.feeds.urls}, each polled every {@code newsdesk.feeds.interval}, and
 * their status. A clock tick looks for the feeds that are due, so a failing feed's growing wait and
 * a healthy feed's interval both hold without a timer per feed.
 */
@ApplicationScoped
public class FeedSchedule {

  private final List<FeedPoller> pollers;
  private final IndexSchema schema;

  FeedSchedule(NewsdeskConfig config, IngestPipeline pipeline, IndexSchema schema) {
    this.schema = schema;
    NewsdeskConfig.Feeds feeds = config.feeds();
    RetrySchedule schedule =
        new RetrySchedule(feeds.interval(), feeds.firstRetry(), feeds.maxRetry());
    long maxFeedBytes = config.ingest().maxFileSize().asLongValue();
    WebFetcher feedFetcher = new WebFetcher(feeds.timeout(), maxFeedBytes);
    LinkedPages pages =
        new LinkedPages(
            WebFetcher.handingBackRedirects(feeds.timeout(), feeds.maxPageSize().asLongValue()));
    ArticleReader reader = new ArticleReader(maxFeedBytes);
    Instant start = Instant.now();
    this.pollers =
        feeds.urls().orElse(List.of()).stream()
            .map(url -> new FeedPoller(url, schedule, feedFetcher, pages, reader, pipeline, start))
            .toList();
  }

  @Scheduled(
      every = "10s",
      delayed = "10s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    // Until the indices are in place (the embedded node takes a while at first start) a poll could
    // only fail and push the feed's next attempt back.
    if (schema.ready()) {
      pollDue(Instant.now());
    }
  }

  /** Polls, one after the other, every feed whose next attempt is not after {@code now}. */
  public void pollDue(Instant now) {
    for (FeedPoller poller : pollers) {
      if (poller.isDue(now)) {
        poller.poll(now);
      }
    }
  }

  /** Each configured feed's status, in the order of the configuration. */
  public List<FeedStatus> statuses() {
    return pollers.stream().map(FeedPoller::status).toList();
  }
}
