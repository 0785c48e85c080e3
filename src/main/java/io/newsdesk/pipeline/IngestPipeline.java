package io.newsdesk.pipeline;

import io.newsdesk.NewsdeskConfig;
import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleDraft;
import io.newsdesk.article.EntityNameChange;
import io.newsdesk.article.IndexStatus;
import io.newsdesk.enrich.ArticleEnricher;
import io.newsdesk.enrich.Curation;
import io.newsdesk.index.ArticleDocument;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.index.EntityStore;
import io.newsdesk.index.IndexOutcome;
import io.newsdesk.index.PendingStep;
import io.newsdesk.ingest.ArticleReader;
import io.newsdesk.ingest.InputFile;
import io.newsdesk.ingest.ReadOutcome;
import io.newsdesk.ingest.Rejection;
import io.newsdesk.ingest.Sidecars;
import io.newsdesk.stories.Stories;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
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
  private boolean curationInForce;

  /** The rules this portal last applied to every stored article; null until it has. */
  private List<Curation.Rule> appliedToAll;

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
    useCurationOnce();
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
    List<Callable<Recognised>> pending = new ArrayList<>();
    for (int at = 0; at < read.size(); at++) {
      Read one = read.get(at);
      if (one.article().hash().equals(stored.get(one.article().id()))) {
        answers[at] = new IngestResult(one.file(), IndexStatus.UNCHANGED, one.article().id(), null);
        unchanged.add(one.article().id());
      } else {
        int position = at;
        pending.add(() -> recognise(position, one, enriching));
      }
    }
    List<Recognised> recognised = new ArrayList<>();
    for (Recognised one : onWorkers(pending)) {
      if (one.failure() != null) {
        answers[one.at()] = IngestResult.rejected(read.get(one.at()).file(), one.failure());
      } else {
        recognised.add(one);
      }
    }
    long resolveStart = System.nanoTime();
    ArticleEnricher.Enriched enriched =
        enricher.enrichAll(recognised.stream().map(Recognised::entities).toList());
    enriching.addAndGet(System.nanoTime() - resolveStart);
    List<ArticleIndex.Entry> entries =
        withFingerprints(
            enriched.articles(),
            recognised.stream().map(r -> read.get(r.at()).file()).toList(),
            fingerprinting);
    long indexStart = System.nanoTime();
    // The entities were stored as they were resolved: what is left is to apply the renames.
    List<IndexOutcome> outcomes = index.upsert(entries, stored, PendingStep.ENTITIES.after());
    for (int i = 0; i < entries.size(); i++) {
      IndexOutcome outcome = outcomes.get(i);
      answers[recognised.get(i).at()] =
          new IngestResult(
              entries.get(i).source(),
              outcome.status(),
              outcome.id(),
              outcome.reason().orElse(null));
    }
    results.addAll(List.of(answers));
    long entitiesStart = System.nanoTime();
    List<String> written = ids(outcomes, IndexStatus.INDEXED, IndexStatus.UPDATED);
    // Another portal may have renamed one of these entities after they were resolved here.
    List<EntityNameChange> renames = new ArrayList<>(enriched.renames());
    renames.addAll(
        enricher.staleNames(enriched.articles().stream().map(Article::entities).toList()));
    after.applyRenames(renames, written);
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
   * Reloads the curation file, applies it to every stored entity, and derives every stored
   * article's entities again under it, so a merge, split, rename, drop or retype applies to what is
   * already indexed. Returns how many articles were re-processed, or nothing when this portal has
   * already applied the same rules to everything: every article stored or ingested since then was
   * derived under them.
   *
   * @throws UnreadableCurationException when the file cannot be read or parsed; the rules in force
   *     stay
   */
  public synchronized OptionalLong reapplyCuration() {
    Curation curation = readCuration();
    if (curation.rules().equals(appliedToAll)) {
      return OptionalLong.empty();
    }
    enricher.curate(curation);
    curationInForce = true;
    AtomicLong done = new AtomicLong();
    index.forEachStored(
        200,
        stored -> {
          Reenriched again = enrichAgain(stored);
          index.replace(again.entries());
          entities.rename(again.renames());
          done.addAndGet(again.entries().size());
        });
    appliedToAll = curation.rules();
    return OptionalLong.of(done.get());
  }

  private Curation readCuration() {
    try {
      return loadCuration();
    } catch (IllegalArgumentException e) {
      throw new UnreadableCurationException("The curation file is not valid: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UnreadableCurationException(
          "The curation file cannot be read: " + e.getCause().getMessage(), e);
    }
  }

  /** Stored articles enriched again, with the display names that changed on the way. */
  record Reenriched(List<ArticleIndex.Entry> entries, List<EntityNameChange> renames) {}

  /**
   * Stored articles through enrichment again, their entities recognised on every core and resolved
   * together; they keep what came with them.
   */
  Reenriched enrichAgain(List<ArticleDocument> stored) {
    List<ArticleEnricher.Recognised> recognised =
        onWorkers(
            stored.stream()
                .<Callable<ArticleEnricher.Recognised>>map(
                    document ->
                        () -> enricher.recognise(enricher.identify(Reprocessing.draft(document))))
                .toList());
    ArticleEnricher.Enriched enriched = enricher.enrichAll(recognised);
    List<ArticleIndex.Entry> entries = new ArrayList<>();
    for (int i = 0; i < stored.size(); i++) {
      ArticleDocument document = stored.get(i);
      entries.add(
          new ArticleIndex.Entry(
              Reprocessing.keepCredit(enriched.articles().get(i), document),
              document.source(),
              Optional.ofNullable(document.ingestedAt()),
              document.fingerprint() == null ? List.of() : document.fingerprint()));
    }
    return new Reenriched(entries, enriched.renames());
  }

  private static List<String> ids(List<IndexOutcome> outcomes, IndexStatus... statuses) {
    List<IndexStatus> wanted = List.of(statuses);
    return outcomes.stream()
        .filter(o -> wanted.contains(o.status()))
        .map(IndexOutcome::id)
        .distinct()
        .toList();
  }

  /** The curation file in force before the first article is resolved. */
  synchronized void useCurationOnce() {
    if (!curationInForce) {
      enricher.useCuration(loadCuration());
      curationInForce = true;
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

  /** On a worker: the entities one article names; a failure is that article's alone. */
  private Recognised recognise(int at, Read one, AtomicLong enriching) {
    long start = System.nanoTime();
    try {
      return new Recognised(at, enricher.recognise(one.article()), null);
    } catch (RuntimeException e) {
      return new Recognised(at, null, "could not be enriched: " + e);
    } finally {
      enriching.addAndGet(System.nanoTime() - start);
    }
  }

  /** The articles with their story fingerprints, made on every core. */
  private List<ArticleIndex.Entry> withFingerprints(
      List<Article> articles, List<String> files, AtomicLong fingerprinting) {
    List<Callable<ArticleIndex.Entry>> pending = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Article article = articles.get(i);
      String file = files.get(i);
      pending.add(
          () -> {
            long start = System.nanoTime();
            List<String> fingerprint = stories.fingerprint(article);
            fingerprinting.addAndGet(System.nanoTime() - start);
            return new ArticleIndex.Entry(article, file, fingerprint);
          });
    }
    return onWorkers(pending);
  }

  /** Runs the tasks on every core; the results in the tasks' order. */
  private <T> List<T> onWorkers(List<Callable<T>> tasks) {
    List<Future<T>> pending = tasks.stream().map(workers::submit).toList();
    List<T> done = new ArrayList<>();
    for (Future<T> future : pending) {
      done.add(await(future));
    }
    return done;
  }

  private record Read(String file, ArticleEnricher.Identified article) {}

  /** An article's entities found, or why they could not be; at: its place in the answers. */
  private record Recognised(int at, ArticleEnricher.Recognised entities, String failure) {}
}
