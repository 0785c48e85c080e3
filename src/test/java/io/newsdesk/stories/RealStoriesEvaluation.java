package io.newsdesk.stories;

import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.article.SourceMetadata;
import io.newsdesk.index.StoryIndex;
import io.newsdesk.ingest.InputFile;
import io.newsdesk.pipeline.IngestPipeline;
import io.newsdesk.pipeline.IngestResult;
import io.newsdesk.search.StoryLookup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Story quality on a labelled real corpus in the news-dev format, read from {@code ../shared} at
 * run time: B-cubed and pairwise figures at ingest and after a rebuild, and the stories split or
 * merged. Runs only when asked, on its own data folder:
 *
 * <pre>
 * ./mvnw -o test -Dtest=RealStoriesEvaluation -Dstories.eval.corpus=../shared/eval/news-dev \
 *     [-Dstories.eval.seeds=../shared/seeds] [-Dstories.eval.order=7] [-Dstories.eval.batch=50]
 * </pre>
 *
 * The order is the file order unless a seed for a shuffle is given.
 */
@QuarkusTest
@TestProfile(RealStoriesEvaluation.Profile.class)
@QuarkusTestResource(ElasticsearchTestResource.class)
@EnabledIfSystemProperty(named = "stories.eval.corpus", matches = ".+")
class RealStoriesEvaluation {

  /** An empty node for each run. */
  public static class Profile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "newsdesk.data-dir",
          "target/story-real-" + System.currentTimeMillis(),
          "newsdesk.sample-data",
          "false");
    }
  }

  @Inject IngestPipeline pipeline;
  @Inject Stories stories;
  @Inject StoryLookup lookup;
  @Inject StoryIndex index;

  @Test
  void scoreStories() throws IOException {
    Path corpus = Path.of(System.getProperty("stories.eval.corpus"));
    Map<String, String> labels = new LinkedHashMap<>();
    List<InputFile> files = new ArrayList<>(read(corpus, labels, ""));
    String seeds = System.getProperty("stories.eval.seeds", "");
    if (!seeds.isBlank()) {
      files.addAll(read(Path.of(seeds), labels, "seed-"));
    }
    String order = System.getProperty("stories.eval.order", "");
    if (!order.isBlank()) {
      Collections.shuffle(files, new Random(Long.parseLong(order)));
    }
    int batch = Integer.getInteger("stories.eval.batch", 50);
    Map<String, String> ids = new LinkedHashMap<>();
    for (int from = 0; from < files.size(); from += batch) {
      for (IngestResult result :
          pipeline.ingest(files.subList(from, Math.min(files.size(), from + batch)))) {
        ids.put(result.file(), result.id());
      }
    }
    StoryScore atIngest = StoryScore.of(labels, storyByFile(ids));
    stories.rebuild();
    StoryScore rebuilt = StoryScore.of(labels, storyByFile(ids));
    System.out.printf(
        "Stories on %s%s, order %s, batches of %d:%n  at ingest: %s%n  rebuilt:   %s%n",
        corpus,
        seeds.isBlank() ? "" : " + " + seeds,
        order.isBlank() ? "file" : order,
        batch,
        atIngest.summary(),
        rebuilt.summary());
    rebuilt.details().forEach(line -> System.out.println("  " + line));
    // Incremental placing in shuffled orders (term statistics of the whole corpus throughout).
    int orders = Integer.getInteger("stories.eval.orders", 0);
    for (int shuffle = 1; shuffle <= orders; shuffle++) {
      index.deleteUpdatedBefore(Instant.now());
      List<String> shuffled = new ArrayList<>(ids.values());
      Collections.shuffle(shuffled, new Random(shuffle));
      for (int from = 0; from < shuffled.size(); from += batch) {
        stories.place(List.of(), shuffled.subList(from, Math.min(shuffled.size(), from + batch)));
      }
      System.out.println(
          "  shuffle " + shuffle + ": " + StoryScore.of(labels, storyByFile(ids)).summary());
    }
    // Other rules, each a rebuild: -Dstories.eval.grid=0.2:0.05:0.5,0.25:0.05:0.5
    for (String variant : System.getProperty("stories.eval.grid", "").split(",")) {
      if (variant.isBlank()) {
        continue;
      }
      String[] v = variant.split(":");
      StoryPlacer placer =
          new StoryPlacer(
              lookup,
              index,
              new StoryRules(
                  4, Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2])),
              Clock.systemUTC());
      Instant start = Instant.now();
      Map<String, String> placed = new HashMap<>();
      lookup.inPublicationOrder(Stories.REBUILD_BATCH, some -> placer.placeAgain(some, placed));
      index.deleteUpdatedBefore(start);
      System.out.println(
          "  rules " + variant + ": " + StoryScore.of(labels, storyByFile(ids)).summary());
    }
    if (!seeds.isBlank()) {
      ids.entrySet().stream()
          .filter(e -> e.getKey().startsWith("seed-"))
          .findFirst()
          .flatMap(e -> stories.storyOf(e.getValue()))
          .ifPresent(
              story ->
                  story
                      .articles()
                      .forEach(
                          a ->
                              System.out.printf(
                                  "  seed story: %s %s %s %s %s%n",
                                  a.outlet(),
                                  a.published(),
                                  a.relation().jsonName(),
                                  a.directionKnown(),
                                  a.title())));
    }
  }

  private Map<String, String> storyByFile(Map<String, String> ids) {
    Map<String, String> storyOf = lookup.storiesOf(ids.values());
    Map<String, String> byFile = new HashMap<>();
    ids.forEach((file, id) -> byFile.put(file, storyOf.getOrDefault(id, "none:" + id)));
    return byFile;
  }

  /** The corpus's files with its manifest's metadata; labels are kept aside for scoring. */
  private static List<InputFile> read(Path dir, Map<String, String> labels, String prefix)
      throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve("manifest.tsv"));
    List<String> header = List.of(lines.get(0).split("\t", -1));
    Path texts = Files.isDirectory(dir.resolve("articles")) ? dir.resolve("articles") : dir;
    List<InputFile> files = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size() && i < cells.length; i++) {
        row.put(header.get(i), cells[i].strip());
      }
      String date = row.getOrDefault("date", row.getOrDefault("published", ""));
      String name = prefix + row.get("file");
      labels.put(name, row.getOrDefault("story", prefix.isEmpty() ? "" : "seeds"));
      if (!prefix.isEmpty()) {
        labels.put(name, "seeds");
      }
      files.add(
          new InputFile(
              name,
              Files.readAllBytes(texts.resolve(row.get("file"))),
              Optional.of(
                  new SourceMetadata(
                      value(row.get("outlet")),
                      value(row.get("url")),
                      value(date).map(LocalDate::parse),
                      Optional.of("en"),
                      Optional.empty(),
                      Optional.empty()))));
    }
    return files;
  }

  private static Optional<String> value(String cell) {
    return Optional.ofNullable(cell).filter(c -> !c.isBlank());
  }
}
