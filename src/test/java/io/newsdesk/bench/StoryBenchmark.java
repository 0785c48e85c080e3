package io.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.index.StoryIndex;
import io.newsdesk.node.NodeFiles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The story step at scale: a generated corpus is bulk-loaded (without stories), then {@code POST
 * /api/stories/rebuild} places every article, earliest first, as ingest would have; prints the time
 * and the CPU of both processes per article, and how many stories hold more than one article: the
 * generator writes every article about an event of its own, so each of those is a wrong join. The
 * ingest benchmark then adds new articles to the full corpus and prints what the fingerprint and
 * story steps cost each of them ({@code bench/run.sh stories}).
 *
 * <p>Options: {@code --portal=http://127.0.0.1:8080 --token=bench --data-dir=... --articles=100000
 * --seed=42 --portal-pid=...}
 */
public final class StoryBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();

  private StoryBenchmark() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    URI portal = URI.create(options.text("portal", "http://127.0.0.1:8080"));
    Path dataDir = Path.of(options.text("data-dir", "target/bench-data/search-100000"));
    int articles = options.number("articles", 100_000);
    int seed = options.number("seed", 42);
    OptionalLong portalPid =
        options
            .optional("portal-pid")
            .map(p -> OptionalLong.of(Long.parseLong(p)))
            .orElse(OptionalLong.empty());
    OptionalLong esPid = NodeFiles.serverPid(dataDir);

    try (NodeConnection node = NodeConnection.of(dataDir)) {
      System.out.printf(
          Locale.ROOT,
          "Story benchmark: %,d generated articles (seed %d); load average %s%n",
          articles,
          seed,
          Machine.loadAverage());
      CorpusLoader.ensure(node.client(), new ArticleGenerator(seed), articles);
      long stories = node.client().count(c -> c.index(StoryIndex.ALIAS)).count();
      if (stories > 0) {
        System.out.printf(
            Locale.ROOT,
            "stories: %,d already placed; no rebuild (delete the data to redo)%n",
            stories);
        return;
      }
      Duration portalCpu =
          portalPid.stream().mapToObj(Machine::cpu).findFirst().orElse(Duration.ZERO);
      Duration esCpu = esPid.stream().mapToObj(Machine::cpu).findFirst().orElse(Duration.ZERO);
      long start = System.nanoTime();
      JsonNode rebuilt = rebuild(portal, options.text("token", "bench"));
      double wall = (System.nanoTime() - start) / 1e9;
      long placed = rebuilt.path("articles").asLong();
      System.out.printf(
          Locale.ROOT,
          "rebuild: %,d articles placed in %,d stories in %.0f s: %.1f ms per article%n",
          placed,
          rebuilt.path("stories").asLong(),
          wall,
          wall * 1e3 / placed);
      portalPid.ifPresent(pid -> cpu("portal JVM", Machine.cpu(pid).minus(portalCpu), placed));
      esPid.ifPresent(pid -> cpu("Elasticsearch JVM", Machine.cpu(pid).minus(esCpu), placed));
      node.client().indices().refresh(r -> r.index(StoryIndex.ALIAS));
      long joined =
          node.client()
              .count(
                  c ->
                      c.index(StoryIndex.ALIAS)
                          .query(
                              q -> q.range(r -> r.number(n -> n.field("article_count").gt(1.0)))))
              .count();
      System.out.printf(
          Locale.ROOT,
          "joins:   %,d stories hold more than one article (every generated article is an event of"
              + " its own, so each is a wrong join)%n",
          joined);
    }
  }

  private static JsonNode rebuild(URI portal, String token) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request =
        HttpRequest.newBuilder(portal.resolve("/api/stories/rebuild"))
            .timeout(Duration.ofHours(2))
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "rebuild answered HTTP " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  private static void cpu(String name, Duration cpu, long articles) {
    System.out.printf(
        Locale.ROOT,
        "%-18s CPU %.0f s during the rebuild: %.1f ms per article%n",
        name + ":",
        cpu.toMillis() / 1e3,
        cpu.toMillis() / (double) articles);
  }
}
