package io.newsdesk.pipeline;

import io.newsdesk.NewsdeskConfig;
import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleDraft;
import io.newsdesk.article.IndexStatus;
import io.newsdesk.enrich.ArticleEnricher;
import io.newsdesk.enrich.Curation;
import io.newsdesk.index.ArticleDocument;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.index.EntityStore;
import io.newsdesk.index.IndexOutcome;
import io.newsdesk.ingest.ArticleReader;
import io.newsdesk.ingest.InputFile;
import io.newsdesk.ingest.ReadOutcome;
import io.newsdesk.ingest.Rejection;
import io.newsdesk.ingest.Sidecars;
import io.newsdesk.stories.Stories;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The way in: files are paired with their sidecar metadata, read into drafts, enriched and
 * fingerprinted on every core, indexed in bulk, and placed in stories. A file that cannot be read
 * is reported and the rest of the batch goes on.
 */
@ApplicationScoped
public class IngestPipeline {

  private final ArticleReader reader;
  private final ArticleEnricher enricher;
  private final ArticleIndex index;
  private final EntityStore entities;
  private final Stories stories;
  private final AfterIndexing after;
  private final ExecutorService workers =
      Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
  private final Optional<Path> curationFile;
  private boolean entitiesRestored;

  IngestPipeline(
      NewsdeskConfig config,
      ArticleEnricher enricher,
      ArticleIndex index,
      EntityStore entities,
      Stories stories,
      AfterIndexing after) {
    this.curationFile = config.entities().curationFile();
    this.reader = new ArticleReader(config.ingest().maxFileSize().asLongValue());
    this.enricher = enricher;
    this.index = index;
    this.entities = entities;
    this.stories = stories;
    this.after = after;
  }

  public List<IngestResult> ingest(List<InputFile> files) {
    return ingestTimed(files).results();
  }

  /** Ingests these files and tells how long each step took. */
  public IngestReport ingestTimed(List<InputFile> files) {
    long start = System.nanoTime();
    restoreEntitiesOnce();
    Sidecars.Paired paired = Sidecars.pair(files);
    List<IngestResult> results = new ArrayList<>();
    for (Rejection rejection : paired.rejections()) {
      results.add(IngestResult.rejected(rejection.source(), rejection.message()));
    }
    AtomicLong enriching = new AtomicLong();
    AtomicLong fingerprinting = new AtomicLong();
    long reading = 0;
    List<Read> read = new ArrayList<>();
    for (InputFile file : paired.files()) {
      long readStart = System.nanoTime();
      ReadOutcome outcome = reader.read(file);
      for (Rejection rejection : outcome.rejections()) {
        results.add(IngestResult.rejected(file.name(), rejection.message()));
      }
      for (ArticleDraft draft : outcome.drafts()) {
        read.add(new Read(file.name(), enricher.identify(draft)));
      }
      reading += System.nanoTime() - readStart;
    }
    // A text stored already is answered unchanged without looking for its entities again.
    Map<String, String> stored =
        index.storedContentHashes(read.stream().map(r -> r.article().id()).toList());
    // Answers keep the order the articles were read in.
    IngestResult[] answers = new IngestResult[read.size()];
    List<String> unchanged = new ArrayList<>();
    List<Future<Enriched>> pending = new ArrayList<>();
    for (int at = 0; at < read.size(); at++) {
      Read one = read.get(at);
      if (one.article().hash().equals(stored.get(one.article().id()))) {
        answers[at] = new IngestResult(one.file(), IndexStatus.UNCHANGED, one.article().id(), null);
        unchanged.add(one.article().id());
      } else {
        int position = at;
        pending.add(workers.submit(() -> enrich(position, one, enriching, fingerprinting)));
      }
    }
    List<Enriched> done = new ArrayList<>();
    for (Future<Enriched> future : pending) {
      Enriched enriched = await(future);
      if (enriched.failure() != null) {
        answers[enriched.at()] =
            IngestResult.rejected(read.get(enriched.at()).file(), enriched.failure());
      } else {
        done.add(enriched);
      }
    }
    List<ArticleIndex.Entry> entries = done.stream().map(Enriched::entry).toList();
    long indexStart = System.nanoTime();
    List<IndexOutcome> outcomes = index.upsert(entries, stored);
    for (int i = 0; i < entries.size(); i++) {
      IndexOutcome outcome = outcomes.get(i);
      answers[done.get(i).at()] =
          new IngestResult(
              entries.get(i).source(),
              outcome.status(),
              outcome.id(),
              outcome.reason().orElse(null));
    }
    results.addAll(List.of(answers));
    long entitiesStart = System.nanoTime();
    List<String> written = ids(outcomes, IndexStatus.INDEXED, IndexStatus.UPDATED);
    after.registerEntities(entries.stream().map(ArticleIndex.Entry::article).toList(), written);
    long storiesStart = System.nanoTime();
    unchanged.addAll(ids(outcomes, IndexStatus.UNCHANGED));
    after.placeInStories(written, unchanged.stream().distinct().toList());
    long end = System.nanoTime();
    return new IngestReport(
        results,
        new StepTimes(
            StepTimes.millis(reading),
            StepTimes.millis(enriching.get()),
            StepTimes.millis(fingerprinting.get()),
            StepTimes.millis(entitiesStart - indexStart),
            StepTimes.millis(storiesStart - entitiesStart),
            StepTimes.millis(end - storiesStart),
            StepTimes.millis(end - start)));
  }

  /**
   * Reloads the curation file and derives every stored article's entities again under it, so a
   * merge, split, rename, drop or retype applies to what is already indexed. Returns how many
   * articles were re-processed.
   */
  public synchronized long reapplyCuration() {
    restoreEntitiesOnce();
    enricher.curate(loadCuration());
    AtomicLong done = new AtomicLong();
    index.forEachStored(
        200,
        stored -> {
          List<ArticleIndex.Entry> entries = enrichAgain(stored);
          index.replace(entries);
          entities.save(
              enricher.entitiesOf(entries.stream().map(ArticleIndex.Entry::article).toList()),
              enricher.nameChanges());
          done.addAndGet(entries.size());
        });
    return done.get();
  }

  /** Stored articles through enrichment again, on every core; they keep what came with them. */
  List<ArticleIndex.Entry> enrichAgain(List<ArticleDocument> stored) {
    List<Future<ArticleIndex.Entry>> pending = new ArrayList<>();
    for (ArticleDocument document : stored) {
      pending.add(
          workers.submit(
              () ->
                  new ArticleIndex.Entry(
                      Reprocessing.keepCredit(
                          enricher.enrich(Reprocessing.draft(document)), document),
                      document.source(),
                      Optional.ofNullable(document.ingestedAt()),
                      document.fingerprint() == null ? List.of() : document.fingerprint())));
    }
    List<ArticleIndex.Entry> entries = new ArrayList<>();
    for (Future<ArticleIndex.Entry> future : pending) {
      entries.add(await(future));
    }
    return entries;
  }

  private static List<String> ids(List<IndexOutcome> outcomes, IndexStatus... statuses) {
    List<IndexStatus> wanted = List.of(statuses);
    return outcomes.stream()
        .filter(o -> wanted.contains(o.status()))
        .map(IndexOutcome::id)
        .distinct()
        .toList();
  }

  /** The corpus's canonical names must be known before the first new article is resolved. */
  synchronized void restoreEntitiesOnce() {
    if (!entitiesRestored) {
      // The curation first: restoring applies the one in force, so it is applied once.
      enricher.curate(loadCuration());
      enricher.restore(entities.loadAll());
      entitiesRestored = true;
    }
  }

  private Curation loadCuration() {
    return curationFile.map(Curation::parse).orElseGet(Curation::empty);
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("A worker failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while ingesting", e);
    }
  }

  /** On a worker: entities and fingerprint of one article; a failure is that article's alone. */
  private Enriched enrich(int at, Read one, AtomicLong enriching, AtomicLong fingerprinting) {
    long start = System.nanoTime();
    try {
      Article article = enricher.enrich(one.article());
      long enriched = System.nanoTime();
      enriching.addAndGet(enriched - start);
      List<String> fingerprint = stories.fingerprint(article);
      fingerprinting.addAndGet(System.nanoTime() - enriched);
      return new Enriched(at, new ArticleIndex.Entry(article, one.file(), fingerprint), null);
    } catch (RuntimeException e) {
      return new Enriched(at, null, "could not be enriched: " + e);
    }
  }

  private record Read(String file, ArticleEnricher.Identified article) {}

  /** An article ready to index, or why it could not be made one; at: its place in the answers. */
  private record Enriched(int at, ArticleIndex.Entry entry, String failure) {}
}
