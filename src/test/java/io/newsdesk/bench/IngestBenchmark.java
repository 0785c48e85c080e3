package io.newsdesk.bench;

import io.newsdesk.node.NodeFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * End-to-end ingest throughput (parse, entities, index) of a running portal: generated articles
 * posted to {@code /api/ingest} as JSON Lines files, a batch per request, a few requests at a time.
 * Prints the rate overall and per request, what was rejected, the CPU both processes used and their
 * peak memory. Run it against a portal with an empty index ({@code bench/run.sh ingest}).
 *
 * <p>Options: {@code --portal=http://127.0.0.1:8080 --token=bench --articles=10000 --batch=200
 * --concurrency=2 --seed=42 --data-dir=... --portal-pid=...}
 */
public final class IngestBenchmark {

  private static final int WARM_UP_ARTICLES = 20;

  private IngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    URI portal = URI.create(options.text("portal", "http://127.0.0.1:8080"));
    int articles = options.number("articles", 10_000);
    int batchSize = options.number("batch", 200);
    int concurrency = options.number("concurrency", 2);
    int seed = options.number("seed", 42);
    IngestClient client = new IngestClient(portal, options.text("token", "bench"));
    OptionalLong portalPid =
        options
            .optional("portal-pid")
            .map(p -> OptionalLong.of(Long.parseLong(p)))
            .orElse(OptionalLong.empty());
    OptionalLong esPid = elasticsearchPid(options, portalPid);

    ArticleGenerator generator = new ArticleGenerator(seed);
    List<IngestClient.Batch> batches = new ArrayList<>();
    // Articles numbered from --first on: a corpus already holding 0..first-1 gets new ones.
    int offset = options.number("first", 0);
    for (int first = 0; first < articles; first += batchSize) {
      batches.add(
          IngestClient.Batch.of(generator, offset + first, Math.min(batchSize, articles - first)));
    }
    System.out.printf(
        Locale.ROOT,
        "Ingest benchmark: %,d generated articles (seed %d), %d per request, %d requests at a"
            + " time, %s; load average %s%n",
        articles,
        seed,
        batchSize,
        concurrency,
        portal,
        Machine.loadAverage());

    IngestClient.Result warmUp =
        client.post(IngestClient.Batch.of(generator, offset + articles, WARM_UP_ARTICLES));
    System.out.printf(
        Locale.ROOT,
        "warm-up:      %d articles in %.1f s (first use loads the NER model; not counted)%n",
        warmUp.articles(),
        warmUp.nanos() / 1e9);

    Duration portalCpu =
        portalPid.stream().mapToObj(Machine::cpu).findFirst().orElse(Duration.ZERO);
    Duration esCpu = esPid.stream().mapToObj(Machine::cpu).findFirst().orElse(Duration.ZERO);
    long start = System.nanoTime();
    List<IngestClient.Result> results = new ArrayList<>();
    ExecutorService senders = Executors.newFixedThreadPool(concurrency);
    try {
      List<Future<IngestClient.Result>> pending = new ArrayList<>();
      for (IngestClient.Batch batch : batches) {
        pending.add(senders.submit(() -> client.post(batch)));
      }
      for (Future<IngestClient.Result> future : pending) {
        results.add(future.get());
      }
    } finally {
      senders.shutdown();
    }
    double wall = (System.nanoTime() - start) / 1e9;

    report(results, wall, concurrency);
    portalPid.ifPresent(
        pid -> cpuAndMemory("portal JVM", pid, Machine.cpu(pid).minus(portalCpu), wall));
    esPid.ifPresent(
        pid -> cpuAndMemory("Elasticsearch JVM", pid, Machine.cpu(pid).minus(esCpu), wall));
    options
        .optional("data-dir")
        .ifPresent(dir -> elasticsearchWork(Path.of(dir), articles + WARM_UP_ARTICLES));
    System.out.printf(Locale.ROOT, "load average at the end: %s%n", Machine.loadAverage());
  }

  private static void elasticsearchWork(Path dataDir, int ingested) {
    try (NodeConnection node = NodeConnection.of(dataDir)) {
      for (IndexWork work : IndexWork.of(node.client())) {
        System.out.printf(
            Locale.ROOT,
            "%-18s %,d writes (%.2f per article ingested, warm-up included), %,d gets, %,d"
                + " searches, %,d scroll pages, %,d refreshes%n",
            work.index() + ":",
            work.writes(),
            work.writes() / (double) ingested,
            work.gets(),
            work.searches(),
            work.scrolls(),
            work.refreshes());
        IndexWork.Millis ms = work.millis();
        System.out.printf(
            Locale.ROOT,
            "%-18s ms spent: write %,d, get %,d, search %,d, refresh %,d, merge %,d%n",
            "",
            ms.write(),
            ms.get(),
            ms.search(),
            ms.refresh(),
            ms.merge());
      }
    } catch (IOException | RuntimeException e) {
      System.out.println("Elasticsearch work: not available (" + e + ")");
    }
  }

  private static OptionalLong elasticsearchPid(Options options, OptionalLong portalPid) {
    OptionalLong fromFile =
        options
            .optional("data-dir")
            .map(dir -> NodeFiles.serverPid(Path.of(dir)))
            .orElse(OptionalLong.empty());
    if (fromFile.isPresent() || portalPid.isEmpty()) {
      return fromFile;
    }
    return Machine.elasticsearchUnder(portalPid.getAsLong());
  }

  private static void report(List<IngestClient.Result> results, double wall, int concurrency) {
    int articles = results.stream().mapToInt(IngestClient.Result::articles).sum();
    Map<String, Integer> statuses = new TreeMap<>();
    results.forEach(r -> r.statuses().forEach((s, n) -> statuses.merge(s, n, Integer::sum)));
    Samples rates =
        new Samples(results.stream().mapToDouble(r -> r.articles() / (r.nanos() / 1e9)).toArray());
    Samples seconds = new Samples(results.stream().mapToDouble(r -> r.nanos() / 1e9).toArray());
    System.out.printf(Locale.ROOT, "articles:     %,d %s%n", articles, statuses);
    System.out.printf(Locale.ROOT, "rejected:     %d%n", statuses.getOrDefault("rejected", 0));
    results.stream()
        .flatMap(r -> r.problems().stream())
        .limit(5)
        .forEach(p -> System.out.println("  " + p));
    System.out.printf(Locale.ROOT, "wall time:    %.1f s%n", wall);
    System.out.printf(
        Locale.ROOT,
        "throughput:   %.1f articles/s overall (target: 40 on 2 cores)%n",
        articles / wall);
    System.out.printf(
        Locale.ROOT,
        "per request:  %d requests, %d in flight at a time; articles/s p10 %.1f, p50 %.1f,"
            + " p90 %.1f; seconds p50 %.1f, p95 %.1f, max %.1f%n",
        rates.count(),
        concurrency,
        rates.percentile(10),
        rates.percentile(50),
        rates.percentile(90),
        seconds.percentile(50),
        seconds.percentile(95),
        seconds.max());
    Map<String, Long> steps = new TreeMap<>();
    results.forEach(r -> r.stepMillis().forEach((s, ms) -> steps.merge(s, ms, Long::sum)));
    if (!steps.isEmpty()) {
      System.out.printf(
          Locale.ROOT,
          "steps:        ms per article as the portal timed them: read %.1f, enrich %.1f and"
              + " fingerprint %.2f (CPU, summed over workers), index %.1f, entities %.1f,"
              + " stories %.1f (wall, %d requests overlapping)%n",
          steps.getOrDefault("read", 0L) / (double) articles,
          steps.getOrDefault("enrich", 0L) / (double) articles,
          steps.getOrDefault("fingerprint", 0L) / (double) articles,
          steps.getOrDefault("index", 0L) / (double) articles,
          steps.getOrDefault("entities", 0L) / (double) articles,
          steps.getOrDefault("stories", 0L) / (double) articles,
          concurrency);
    }
  }

  private static void cpuAndMemory(String name, long pid, Duration cpu, double wall) {
    System.out.printf(
        Locale.ROOT,
        "%-18s pid %d: CPU %.1f s during the run (%.2f cores), peak memory VmHWM %s MiB%n",
        name + ":",
        pid,
        cpu.toMillis() / 1e3,
        cpu.toMillis() / 1e3 / wall,
        Machine.peakMemoryMib(pid).map(String::valueOf).orElse("?"));
  }
}
