package io.newsdesk.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Export speed and the portal's heap on a large generated corpus: every match of a search streamed
 * from {@code /api/export} in both formats, rows counted as they arrive, the portal's used heap
 * sampled meanwhile ({@link HeapSampler}) next to its heap while idle. Exports of a tenth of the
 * corpus run back to back with the full ones, so that a heap growing with the rows would show.
 *
 * <p>Options: {@code --portal=http://127.0.0.1:8080 --data-dir=... (the portal's) --portal-pid=...
 * --articles=100000 --seed=42 --computed-embeddings=100000}
 */
public final class ExportBenchmark {

  private ExportBenchmark() {}

  /** One export to run: a label and its query string. */
  private record Case(String label, String query) {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    URI portal = URI.create(options.text("portal", "http://127.0.0.1:8080"));
    Path dataDir = Path.of(options.text("data-dir", "target/bench-data/search"));
    int articles = options.number("articles", 100_000);
    long pid = Long.parseLong(options.optional("portal-pid").orElseThrow());
    ArticleGenerator generator = new ArticleGenerator(options.number("seed", 42));
    try (NodeConnection node = NodeConnection.of(dataDir)) {
      CorpusLoader.ensure(node.client(), generator, CorpusEmbeddings.of(options), articles);
    }
    // Published dates of a tenth of the corpus: about a tenth of the matches.
    String tenth = "from=2025-01-01&to=2025-02-06";
    List<Case> cases =
        List.of(
            new Case("all, newest, csv", "sort=newest&format=csv"),
            new Case("all, relevance, jsonl", "format=jsonl"),
            new Case("some, newest, csv", tenth + "&sort=newest&format=csv"),
            new Case("all, newest, csv (again)", "sort=newest&format=csv"));
    HttpClient client = HttpClient.newHttpClient();
    System.out.printf(
        Locale.ROOT,
        "Export benchmark: %,d generated articles; portal %s (pid %d); load average %s%n",
        articles,
        portal,
        pid,
        Machine.loadAverage());
    try (HeapSampler heap = new HeapSampler(pid)) {
      Thread.sleep(3000);
      System.out.printf(Locale.ROOT, "idle:    used heap peak %,d MiB over 3 s%n", heap.peakMib());
      for (Case c : cases) {
        heap.reset();
        long start = System.nanoTime();
        HttpResponse<InputStream> response =
            client.send(
                HttpRequest.newBuilder(portal.resolve("/api/export?" + c.query())).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long announced = response.headers().firstValueAsLong("X-Total-Count").orElse(-1);
        long lines = 0;
        long bytes = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream body = response.body()) {
          for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
            bytes += read;
            for (int i = 0; i < read; i++) {
              if (buffer[i] == '\n') {
                lines++;
              }
            }
          }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // Generated titles hold no line breaks, so lines are rows (plus the CSV header).
        long rows = c.query().contains("csv") ? lines - 1 : lines;
        System.out.printf(
            Locale.ROOT,
            "%-26s HTTP %d, %,d rows (announced %,d), %,.1f MB in %.1f s: %,.0f rows/s;"
                + " portal used heap peak %,d MiB%n",
            c.label(),
            response.statusCode(),
            rows,
            announced,
            bytes / 1e6,
            seconds,
            rows / seconds,
            heap.peakMib());
      }
    }
  }
}
