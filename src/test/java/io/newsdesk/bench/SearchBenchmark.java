package io.newsdesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.node.NodeFiles;
import io.newsdesk.search.SearchRequests;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Search latency of a running portal on a large generated corpus, next to the same Elasticsearch
 * query sent straight to its node: the searches of a realistic mix, by many concurrent clients,
 * first to the node (the JSON {@link io.newsdesk.search.ArticleSearch} builds for each search),
 * then to {@code /api/search}, then to the {@code /search} page, each for the same time after a
 * common warm-up. Prints requests, errors, throughput and latency percentiles of each, and the p95
 * ratios the search issue sets targets for.
 *
 * <p>Options: {@code --portal=http://127.0.0.1:8080 --data-dir=... (the portal's) --articles=100000
 * --seconds=60 --clients=32 --queries=2000 --seed=42 --portal-pid=... --computed-embeddings=100000}
 */
public final class SearchBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final int CHECKED = 20;

  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    URI portal = URI.create(options.text("portal", "http://127.0.0.1:8080"));
    Path dataDir = Path.of(options.text("data-dir", "target/bench-data/search"));
    int articles = options.number("articles", 100_000);
    int seconds = options.number("seconds", 60);
    int clients = options.number("clients", 32);
    int seed = options.number("seed", 42);
    ArticleGenerator generator = new ArticleGenerator(seed);
    List<BenchQuery> mix = QueryMix.of(generator, options.number("queries", 2000), seed + 1L);

    try (NodeConnection node = NodeConnection.of(dataDir)) {
      System.out.printf(
          Locale.ROOT,
          "Search benchmark: %,d generated articles (seed %d), %d clients, %d s per target,"
              + " %d distinct searches; portal %s, node %s; load average %s%n",
          articles,
          seed,
          clients,
          seconds,
          mix.size(),
          portal,
          node.uri(),
          Machine.loadAverage());
      CorpusLoader.ensure(node.client(), generator, CorpusEmbeddings.of(options), articles);

      List<HttpRequest> direct = new ArrayList<>();
      List<HttpRequest> api = new ArrayList<>();
      List<HttpRequest> page = new ArrayList<>();
      // typed_keys as the Java client sends it, so the node answers the very same bytes.
      URI search = node.uri().resolve("/" + ArticleIndex.ALIAS + "/_search?typed_keys=true");
      for (BenchQuery query : mix) {
        direct.add(
            HttpRequest.newBuilder(search)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        SearchRequests.json(node.client(), query.searchQuery())))
                .build());
        api.add(get(portal.resolve("/api/search?" + query.urlQuery())));
        page.add(get(portal.resolve("/search?" + query.urlQuery())));
      }
      LoadPhase.Target directTarget =
          new LoadPhase.Target(
              "Elasticsearch direct", direct, Optional.of(Pattern.compile("\"took\":(\\d+)")));
      LoadPhase.Target apiTarget =
          new LoadPhase.Target(
              "JSON API /api/search", api, Optional.of(Pattern.compile("\"took_ms\":(\\d+)")));
      LoadPhase.Target pageTarget = new LoadPhase.Target("page /search", page, Optional.empty());

      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      checkSameTotals(http, direct, api);

      LoadPhase load = new LoadPhase(http, clients);
      LoadPhase.Outcome warmUp =
          load.run(
              "warm-up",
              List.of(directTarget, apiTarget, pageTarget),
              Duration.ofSeconds(Math.max(5, seconds / 6)));
      System.out.printf(
          Locale.ROOT,
          "warm-up: %d requests to all three in %.0f s, %d errors (not counted)%n",
          warmUp.requests(),
          warmUp.seconds(),
          warmUp.errors());
      List<LoadPhase.Outcome> outcomes = new ArrayList<>();
      for (LoadPhase.Target target : List.of(directTarget, apiTarget, pageTarget)) {
        outcomes.add(load.run(target.name(), List.of(target), Duration.ofSeconds(seconds)));
      }
      report(outcomes);
    }
    resources(options, dataDir);
  }

  /** What serving the corpus takes: peak resident memory of both processes, the data on disk. */
  private static void resources(Options options, Path dataDir) throws IOException {
    options
        .optional("portal-pid")
        .map(Long::parseLong)
        .ifPresent(pid -> peakMemory("portal JVM", pid));
    NodeFiles.serverPid(dataDir).ifPresent(pid -> peakMemory("Elasticsearch JVM", pid));
    long bytes;
    try (Stream<Path> files = Files.walk(dataDir)) {
      bytes = files.filter(Files::isRegularFile).mapToLong(SearchBenchmark::size).sum();
    }
    System.out.printf(
        Locale.ROOT,
        "disk: %.2f GiB in %s (the node's data and logs)%n",
        bytes / 1024.0 / 1024 / 1024,
        dataDir);
  }

  private static void peakMemory(String name, long pid) {
    System.out.printf(
        Locale.ROOT,
        "memory: %-18s pid %d, peak resident VmHWM %s MiB%n",
        name,
        pid,
        Machine.peakMemoryMib(pid).map(String::valueOf).orElse("?"));
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      // A segment merged away while counting.
      return 0;
    }
  }

  private static HttpRequest get(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
  }

  /** The node and the API must find the same: else the direct query is not the same query. */
  private static void checkSameTotals(
      HttpClient http, List<HttpRequest> direct, List<HttpRequest> api)
      throws IOException, InterruptedException {
    int same = 0;
    for (int i = 0; i < CHECKED; i++) {
      long node =
          JSON.readTree(http.send(direct.get(i), HttpResponse.BodyHandlers.ofString()).body())
              .path("hits")
              .path("total")
              .path("value")
              .asLong(-1);
      long portal =
          JSON.readTree(http.send(api.get(i), HttpResponse.BodyHandlers.ofString()).body())
              .path("total")
              .asLong(-2);
      if (node == portal) {
        same++;
      } else {
        System.out.printf(
            Locale.ROOT,
            "  totals differ: node %d, API %d for %s%n",
            node,
            portal,
            api.get(i).uri());
      }
    }
    System.out.printf(
        Locale.ROOT,
        "check:   node and API found the same totals for %d of %d searches%n",
        same,
        CHECKED);
  }

  private static void report(List<LoadPhase.Outcome> outcomes) {
    System.out.println(
        "latency: client-observed, request sent to last byte read, over loopback; ES took: the"
            + " node's own time for the main query, from the answer");
    System.out.printf(
        Locale.ROOT,
        "%-22s %9s %7s %8s %8s %8s %8s %12s%n",
        "target",
        "requests",
        "errors",
        "req/s",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "ES took p95");
    for (LoadPhase.Outcome o : outcomes) {
      System.out.printf(
          Locale.ROOT,
          "%-22s %9d %7d %8.1f %8.1f %8.1f %8.1f %12s%n",
          o.name(),
          o.requests(),
          o.errors(),
          o.throughput(),
          o.latencyMs().percentile(50),
          o.latencyMs().percentile(95),
          o.latencyMs().percentile(99),
          o.tookMs().count() == 0
              ? "-"
              : String.format(Locale.ROOT, "%.0f", o.tookMs().percentile(95)));
      o.errorSamples().forEach(e -> System.out.println("  error: " + e));
    }
    double direct = outcomes.get(0).latencyMs().percentile(95);
    System.out.printf(
        Locale.ROOT,
        "p95 ratio: API/direct %.2f (target at most 1.3), page/direct %.2f (target at most 1.5)%n",
        outcomes.get(1).latencyMs().percentile(95) / direct,
        outcomes.get(2).latencyMs().percentile(95) / direct);
    System.out.printf(Locale.ROOT, "load average at the end: %s%n", Machine.loadAverage());
  }
}
