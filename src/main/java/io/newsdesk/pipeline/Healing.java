package io.newsdesk.pipeline;

import io.newsdesk.NewsdeskConfig;
import io.newsdesk.enrich.ArticleEnricher;
import io.newsdesk.index.ArticleDocument;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.index.ArticleSteps;
import io.newsdesk.index.IndexSchema;
import io.newsdesk.index.PendingStep;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * Finishes, at start and on a schedule, the steps after indexing that a crash left undone: each
 * article records those still to do ({@link PendingStep}), so each is done once, and only the
 * articles a feed will never send again are not lost to their entities and stories.
 */
@ApplicationScoped
class Healing {

  private static final Logger LOG = Logger.getLogger(Healing.class);

  /** Articles finished at a time. */
  static final int BATCH = 200;

  private final IndexSchema schema;
  private final ArticleSteps steps;
  private final ArticleIndex index;
  private final ArticleEnricher enricher;
  private final IngestPipeline pipeline;
  private final AfterIndexing after;
  private final Duration grace;
  private final Clock clock = Clock.systemUTC();

  Healing(
      NewsdeskConfig config,
      IndexSchema schema,
      ArticleSteps steps,
      ArticleIndex index,
      ArticleEnricher enricher,
      IngestPipeline pipeline,
      AfterIndexing after) {
    this.grace = config.healing().grace();
    this.schema = schema;
    this.steps = steps;
    this.index = index;
    this.enricher = enricher;
    this.pipeline = pipeline;
    this.after = after;
  }

  // Before the sample data (20): a crash is finished before anything new arrives.
  void onStart(@Observes @Priority(15) StartupEvent event) {
    healLogged();
  }

  @Scheduled(
      every = "${newsdesk.healing.interval}",
      delayed = "${newsdesk.healing.interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void onSchedule() {
    healLogged();
  }

  private void healLogged() {
    if (!schema.ready()) {
      return;
    }
    try {
      int healed = heal();
      if (healed > 0) {
        LOG.infof("Finished the steps a crash left undone for %d articles", healed);
      }
    } catch (RuntimeException e) {
      LOG.warn("Could not finish the steps a crash left undone; the next look retries", e);
    }
  }

  /** Finishes every article left with steps for longer than the grace; returns how many. */
  synchronized int heal() {
    pipeline.useCurationOnce();
    Set<String> seen = new HashSet<>();
    int healed = 0;
    while (true) {
      List<ArticleSteps.Unfinished> batch =
          steps.unfinished(clock.instant().minus(grace), BATCH).stream()
              .filter(unfinished -> seen.add(unfinished.document().id()))
              .toList();
      if (batch.isEmpty()) {
        return healed;
      }
      finish(batch);
      healed += batch.size();
    }
  }

  private void finish(List<ArticleSteps.Unfinished> batch) {
    List<ArticleDocument> unregistered = documents(batch, s -> s.contains(PendingStep.ENTITIES));
    if (!unregistered.isEmpty()) {
      // Their entities were never stored: resolve them again, as ingest did, and store them.
      IngestPipeline.Reenriched again = pipeline.enrichAgain(unregistered);
      index.replace(again.entries(), PendingStep.ENTITIES.after());
      after.applyRenames(again.renames(), ids(unregistered));
    }
    List<ArticleDocument> unrenamed =
        documents(batch, s -> s.contains(PendingStep.RENAMES) && !s.contains(PendingStep.ENTITIES));
    if (!unrenamed.isEmpty()) {
      // Their entities are stored under the new names: the old ones they carry tell the renames.
      after.applyRenames(
          enricher.staleNames(unrenamed.stream().map(ArticleDocument::entities).toList()),
          ids(unrenamed));
    }
    // As changed articles: one placed before the crash leaves its story and is placed once again.
    after.placeInStories(ids(documents(batch, s -> true)), List.of());
  }

  private static List<ArticleDocument> documents(
      List<ArticleSteps.Unfinished> batch, Predicate<Set<PendingStep>> steps) {
    return batch.stream()
        .filter(unfinished -> steps.test(unfinished.steps()))
        .map(ArticleSteps.Unfinished::document)
        .toList();
  }

  private static List<String> ids(List<ArticleDocument> documents) {
    return documents.stream().map(ArticleDocument::id).toList();
  }
}
