package io.newsdesk.feeds;

import io.newsdesk.BackendUnavailableException;
import io.newsdesk.article.IndexStatus;
import io.newsdesk.article.SourceMetadata;
import io.newsdesk.fetch.WebFetcher;
import io.newsdesk.fetch.WebFetcher.FetchFailure;
import io.newsdesk.fetch.WebFetcher.Fetched;
import io.newsdesk.ingest.ArticleReader;
import io.newsdesk.ingest.FeedItem;
import io.newsdesk.ingest.FeedOutcome;
import io.newsdesk.ingest.InputFile;
import io.newsdesk.pipeline.IngestPipeline;
import io.newsdesk.pipeline.IngestResult;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Polls one feed: a conditional GET, then the items not seen before in this process, each from its
 * own content or, when it holds only a summary, from its linked page. A failure (no answer in time,
 * an error status, a malformed feed, the index unavailable) is logged and retried later with a
 * growing wait; it never escapes. Items whose page could not be fetched are indexed from their
 * summary and tried again at the next poll.
 */
final class FeedPoller {

  private static final Logger LOG = Logger.getLogger(FeedPoller.class);

  private final URI url;
  private final RetrySchedule schedule;
  private final WebFetcher fetcher;
  private final LinkedPages pages;
  private final ArticleReader reader;
  private final IngestPipeline pipeline;
  private final SeenItems seen = new SeenItems();
  private WebFetcher.Validators validators = WebFetcher.Validators.none();
  private FeedStatus status;

  FeedPoller(
      URI url,
      RetrySchedule schedule,
      WebFetcher fetcher,
      LinkedPages pages,
      ArticleReader reader,
      IngestPipeline pipeline,
      Instant firstAttempt) {
    this.url = url;
    this.schedule = schedule;
    this.fetcher = fetcher;
    this.pages = pages;
    this.reader = reader;
    this.pipeline = pipeline;
    this.status =
        new FeedStatus(
            url.toString(), FeedStatus.State.PENDING, null, firstAttempt, 0, null, 0, 0, 0, 0, 0);
  }

  synchronized FeedStatus status() {
    return status;
  }

  synchronized boolean isDue(Instant now) {
    return !now.isBefore(status.nextAttempt());
  }

  synchronized void poll(Instant now) {
    Fetched fetched;
    try {
      fetched = fetcher.get(url, validators);
    } catch (FetchFailure e) {
      fail(now, e.getMessage());
      return;
    }
    if (fetched instanceof Fetched.Body body) {
      ingest(now, body);
    } else if (fetched instanceof Fetched.Redirect redirect) {
      fail(now, "redirected to " + redirect.location() + ", which was not followed");
    } else {
      status =
          new FeedStatus(
              url.toString(),
              FeedStatus.State.NOT_MODIFIED,
              now,
              schedule.afterSuccess(now),
              0,
              null,
              0,
              0,
              0,
              0,
              0);
      LOG.debugf("Feed %s not modified", url);
    }
  }

  private void ingest(Instant now, Fetched.Body body) {
    SourceMetadata feedAddress =
        new SourceMetadata(
            Optional.empty(),
            Optional.of(url.toString()),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    FeedOutcome outcome =
        reader.readFeed(new InputFile(url.toString(), body.bytes(), Optional.of(feedAddress)));
    if (outcome instanceof FeedOutcome.Rejected rejected) {
      fail(now, rejected.rejection().reason());
      return;
    }
    List<FeedItem> fresh =
        ((FeedOutcome.Parsed) outcome)
            .items().stream().filter(item -> !seen.contains(item.key())).toList();
    Map<String, String> pageErrors = new LinkedHashMap<>();
    List<InputFile> inputs = new ArrayList<>();
    for (FeedItem item : fresh) {
      inputs.add(input(item, pageErrors));
    }
    List<IngestResult> results;
    try {
      results = inputs.isEmpty() ? List.of() : pipeline.ingest(inputs);
    } catch (BackendUnavailableException e) {
      fail(now, "its items could not be ingested: " + e.getMessage());
      return;
    } catch (RuntimeException e) {
      LOG.errorf(e, "Feed %s: its items could not be ingested", url);
      fail(now, "its items could not be ingested: " + e.getMessage());
      return;
    }
    Set<String> keptForRetry = new HashSet<>();
    for (FeedItem item : fresh) {
      if (pageErrors.containsKey(item.name())) {
        keptForRetry.add(item.key());
      } else {
        seen.add(item.key());
      }
    }
    validators = keptForRetry.isEmpty() ? body.validators() : WebFetcher.Validators.none();
    for (IngestResult result : results) {
      if (result.wasRejected()) {
        LOG.infof("Feed %s: item rejected: %s", url, result.reason());
      }
    }
    String error =
        pageErrors.isEmpty()
            ? null
            : pageErrors.size()
                + " linked page(s) not fetched, their summaries indexed instead: "
                + String.join("; ", pageErrors.values());
    status =
        new FeedStatus(
            url.toString(),
            FeedStatus.State.OK,
            now,
            schedule.afterSuccess(now),
            0,
            error,
            fresh.size(),
            count(results, IndexStatus.INDEXED),
            count(results, IndexStatus.UPDATED),
            count(results, IndexStatus.UNCHANGED),
            count(results, IndexStatus.REJECTED));
    if (!fresh.isEmpty()) {
      LOG.infof(
          "Feed %s: %d new items, %d indexed, %d updated, %d unchanged, %d rejected",
          url,
          fresh.size(),
          status.indexed(),
          status.updated(),
          status.unchanged(),
          status.rejected());
    }
    if (error != null) {
      LOG.warnf("Feed %s: %s", url, error);
    }
  }

  private InputFile input(FeedItem item, Map<String, String> pageErrors) {
    if (!item.summaryOnly() || item.link().isEmpty()) {
      return item.asInput();
    }
    try {
      return item.withPage(pages.fetch(URI.create(item.link().get()), url));
    } catch (FetchFailure | IllegalArgumentException e) {
      pageErrors.put(item.name(), item.link().get() + " " + e.getMessage());
      return item.asInput();
    }
  }

  private void fail(Instant now, String error) {
    int failures = status.failures() + 1;
    Instant next = schedule.afterFailure(now, failures);
    status =
        new FeedStatus(
            url.toString(), FeedStatus.State.FAILING, now, next, failures, error, 0, 0, 0, 0, 0);
    LOG.warnf("Feed %s failed (%d in a row): %s; next attempt at %s", url, failures, error, next);
  }

  private static int count(List<IngestResult> results, IndexStatus wanted) {
    return (int) results.stream().filter(r -> r.status() == wanted).count();
  }
}
