package io.newsdesk.bench.eval;

import io.newsdesk.node.NodeFiles;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The evaluation harness ({@code bench/eval.sh}): ingests labelled corpora into a running portal
 * with nothing but their publisher metadata, then scores its search (nDCG@10 against a plain BM25
 * baseline on the same index), its people ({@link PersonMatcher} gives the matching rule) and its
 * stories ({@link ClusterScores}) against the labels, prints a report and writes the figures as
 * JSON. Several corpora are ingested together and scored as one.
 *
 * <p>Arguments: {@code --portal=URL --data-dir=DIR --token=TOKEN --out=DIR}, any number of {@code
 * --story-of=CORPUS_DIR=LABEL} (label that folder's unlabelled files as one story), then the corpus
 * folders.
 */
public final class Evaluation {

  static final int CUTOFF = 10;
  private static final int BATCH = 25;

  private Evaluation() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    Map<Path, String> storyOf = new HashMap<>();
    List<Path> dirs = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("--story-of=")) {
        String value = arg.substring("--story-of=".length());
        int equals = value.lastIndexOf('=');
        storyOf.put(real(value.substring(0, equals)), value.substring(equals + 1));
      } else if (arg.startsWith("--") && arg.contains("=")) {
        options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      } else {
        dirs.add(real(arg));
      }
    }
    if (dirs.isEmpty()) {
      throw new IllegalArgumentException("name at least one corpus folder");
    }
    List<Corpus> corpora = new ArrayList<>();
    for (Path dir : dirs) {
      String name = dir.getFileName().toString();
      long same = corpora.stream().filter(c -> c.name().startsWith(name)).count();
      corpora.add(
          Corpus.read(
              dir,
              same == 0 ? name : name + "-" + (same + 1),
              Optional.ofNullable(storyOf.get(dir))));
    }
    Path dataDir = Path.of(options.get("data-dir"));
    URI node =
        URI.create(
            "http://127.0.0.1:"
                + NodeFiles.httpPort(dataDir)
                    .orElseThrow(() -> new IllegalStateException("no node under " + dataDir)));
    Portal portal = new Portal(URI.create(options.get("portal")), node, options.get("token"));
    Optional<Long> shuffle = Optional.ofNullable(options.get("shuffle")).map(Long::valueOf);
    Figures figures = evaluate(corpora, portal, shuffle);
    Report.write(figures, Path.of(options.getOrDefault("out", "target/eval")));
  }

  private static Path real(String dir) {
    return Path.of(dir).toAbsolutePath().normalize();
  }

  static Figures evaluate(List<Corpus> corpora, Portal portal, Optional<Long> shuffle)
      throws InterruptedException {
    List<Corpus.Entry> entries = corpora.stream().flatMap(c -> c.entries().stream()).toList();
    Map<String, String> ids = new LinkedHashMap<>();
    Map<String, String> rejected = new TreeMap<>();
    long start = System.nanoTime();
    int posted = 0;
    for (List<Corpus.Entry> batch : Batches.of(corpora, shuffle, BATCH)) {
      Map<String, Portal.Ingested> answer = portal.ingest(batch);
      for (Corpus.Entry e : batch) {
        Portal.Ingested result = answer.get(e.file());
        if (result == null || result.id() == null) {
          rejected.put(e.key(), result == null ? "no answer" : result.reason());
        } else {
          ids.put(e.key(), result.id());
        }
      }
      posted += batch.size();
      System.out.printf("ingested %d/%d files%n", posted, entries.size());
    }
    double ingestSeconds = (System.nanoTime() - start) / 1e9;
    portal.refresh();
    Map<String, String> storyOfArticle = placedStories(portal, ids);
    portal.settle();
    String name = String.join("+", corpora.stream().map(Corpus::name).toList());
    return new Figures(
        name,
        corpora.stream()
            .map(c -> Path.of("").toAbsolutePath().relativize(c.dir()).toString())
            .toList(),
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
        shuffle.map(seed -> "shuffled, seed " + seed).orElse("manifest order"),
        entries.size(),
        ingestSeconds,
        rejected,
        search(corpora, portal, ids),
        people(corpora, portal, ids),
        stories(corpora, ids, storyOfArticle));
  }

  /**
   * Every article's story, waiting a while for articles not yet placed (placing may run after the
   * ingest answers).
   */
  private static Map<String, String> placedStories(Portal portal, Map<String, String> ids)
      throws InterruptedException {
    Map<String, String> storyOf = new HashMap<>();
    for (int attempt = 0; attempt < 30; attempt++) {
      storyOf.clear();
      portal
          .stories()
          .forEach(
              (id, story) ->
                  story.articles().forEach(a -> storyOf.put(a, id + " \"" + story.title() + "\"")));
      if (storyOf.keySet().containsAll(ids.values())) {
        break;
      }
      Thread.sleep(2000);
      portal.refresh();
    }
    return storyOf;
  }

  private static Optional<SearchScores> search(
      List<Corpus> corpora, Portal portal, Map<String, String> ids) {
    Map<String, List<String>> keysOf = new HashMap<>();
    ids.forEach((key, id) -> keysOf.computeIfAbsent(id, i -> new ArrayList<>()).add(key));
    List<SearchScores.QueryScore> scores = new ArrayList<>();
    for (Corpus corpus : corpora) {
      for (Corpus.Query q : corpus.queries()) {
        String id = corpora.size() == 1 ? q.id() : corpus.name() + "/" + q.id();
        scores.add(
            new SearchScores.QueryScore(
                id,
                q.text(),
                Ndcg.at(CUTOFF, keys(portal.search(q.text(), CUTOFF), keysOf), q.grades()),
                Ndcg.at(CUTOFF, keys(portal.baseline(q.text(), CUTOFF), keysOf), q.grades())));
      }
    }
    return scores.isEmpty() ? Optional.empty() : Optional.of(SearchScores.of(scores));
  }

  private static List<String> keys(List<String> hits, Map<String, List<String>> keysOf) {
    return hits.stream().flatMap(id -> keysOf.getOrDefault(id, List.of(id)).stream()).toList();
  }

  private static Optional<PeopleScores> people(
      List<Corpus> corpora, Portal portal, Map<String, String> ids) {
    List<PeopleScores.Case> cases = new ArrayList<>();
    for (Corpus corpus : corpora) {
      if (corpus.hasPersons()) {
        for (Corpus.Entry e : corpus.entries()) {
          List<String> names =
              ids.containsKey(e.key()) ? portal.persons(ids.get(e.key())) : List.of();
          cases.add(new PeopleScores.Case(e.key(), e.people(), names));
        }
      }
    }
    return cases.isEmpty() ? Optional.empty() : Optional.of(PeopleScores.of(cases));
  }

  private static Optional<ClusterScores> stories(
      List<Corpus> corpora, Map<String, String> ids, Map<String, String> storyOfArticle) {
    Map<String, String> gold = new LinkedHashMap<>();
    Map<String, String> predicted = new LinkedHashMap<>();
    for (Corpus corpus : corpora) {
      for (Corpus.Entry e : corpus.entries()) {
        if (corpus.hasStories() && e.story().isPresent()) {
          gold.put(e.key(), e.story().get());
          predicted.put(
              e.key(),
              Optional.ofNullable(ids.get(e.key()))
                  .map(storyOfArticle::get)
                  .orElse("(in no story) " + e.key()));
        }
      }
    }
    return gold.isEmpty() ? Optional.empty() : Optional.of(ClusterScores.of(gold, predicted));
  }
}
