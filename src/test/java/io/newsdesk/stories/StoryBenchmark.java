package io.newsdesk.stories;

import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.article.Article;
import io.newsdesk.article.EntityMention;
import io.newsdesk.article.EntityRole;
import io.newsdesk.index.ArticleIndex;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The ingest cost per article of the fingerprint and story steps as the corpus grows, on generated
 * articles (no named-entity recognition: entities come with the generated stories). Runs only when
 * asked, against its own data folder:
 *
 * <pre>
 * ./mvnw -o test -Dtest=StoryBenchmark -Dstories.benchmark.size=100000
 * </pre>
 *
 * Prints, for each tenth of the run, the milliseconds per article of each step, then the pairwise
 * precision and recall of the stories against the generator's; then times a full rebuild of the
 * stories and prints their precision and recall again.
 *
 * <p>{@code -Dstories.benchmark.from=900000} measures the cost at a size without placing every
 * article before it: the first articles are only indexed (with their fingerprints), and the rest
 * are placed and measured, without the rebuild. Generated days follow each other and a story's
 * window spans a few of them, so the placed articles compare with each other as in a full run,
 * while every search runs against the whole index.
 */
@QuarkusTest
@TestProfile(StoryBenchmark.Profile.class)
@QuarkusTestResource(ElasticsearchTestResource.class)
@EnabledIfSystemProperty(named = "stories.benchmark.size", matches = "\\d+")
class StoryBenchmark {

  static final int BATCH = 500;

  /** Articles only indexed go in larger requests: each waits for a refresh. */
  static final int INDEX_ONLY_BATCH = 5000;

  /** Its own data folder, so the test index is left alone and each run starts empty. */
  public static class Profile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "newsdesk.data-dir",
          "target/benchmark-data-" + System.currentTimeMillis(),
          "newsdesk.sample-data",
          "false",
          "newsdesk.elasticsearch.heap",
          System.getProperty("stories.benchmark.heap", "1g"));
    }
  }

  @Inject ArticleIndex index;
  @Inject Stories stories;
  @Inject StoryStore storyStore;

  @Test
  void costPerArticle() {
    int size = Integer.getInteger("stories.benchmark.size");
    int from = Integer.getInteger("stories.benchmark.from", 0);
    GeneratedCorpus corpus = new GeneratedCorpus(new Random(42));
    indexOnly(corpus, from);
    Map<String, String> labels = new HashMap<>();
    long fingerprintNanos = 0;
    long indexNanos = 0;
    long storyNanos = 0;
    long windowFingerprint = 0;
    long windowStory = 0;
    int windowArticles = 0;
    int report = Math.max(BATCH, (size - from) / 10 / BATCH * BATCH);
    System.out.printf(
        "Story benchmark: %d generated articles in batches of %d, placed from %d on%n",
        size, BATCH, from);
    System.out.println("  articles  fingerprint ms/article  story ms/article  (this tenth)");
    for (int done = from; done < size; done += BATCH) {
      List<GeneratedCorpus.Generated> batch = corpus.next(Math.min(BATCH, size - done));
      long t0 = System.nanoTime();
      List<ArticleIndex.Entry> entries = new ArrayList<>();
      for (GeneratedCorpus.Generated generated : batch) {
        entries.add(entry(generated));
        labels.put(generated.article().id(), generated.story());
      }
      long t1 = System.nanoTime();
      write(entries);
      long t2 = System.nanoTime();
      stories.place(batch.stream().map(g -> g.article().id()).toList(), List.of());
      long t3 = System.nanoTime();
      fingerprintNanos += t1 - t0;
      indexNanos += t2 - t1;
      storyNanos += t3 - t2;
      windowFingerprint += t1 - t0;
      windowStory += t3 - t2;
      windowArticles += batch.size();
      if ((done + batch.size() - from) % report == 0 || done + batch.size() == size) {
        System.out.printf(
            "  %8d  %22.3f  %16.2f%n",
            done + batch.size(),
            windowFingerprint / 1e6 / windowArticles,
            windowStory / 1e6 / windowArticles);
        windowFingerprint = 0;
        windowStory = 0;
        windowArticles = 0;
      }
    }
    System.out.printf(
        "  overall: fingerprint %.3f ms/article, story %.2f ms/article (indexing, not counted: %.2f"
            + " ms/article)%n",
        fingerprintNanos / 1e6 / (size - from),
        storyNanos / 1e6 / (size - from),
        indexNanos / 1e6 / (size - from));
    printQuality(labels);
    if (from > 0) {
      return;
    }
    Stories.Rebuild rebuild = stories.rebuild();
    System.out.printf(
        "  full rebuild: %d articles in %d stories in %.1f s (%.2f ms/article)%n",
        rebuild.articles(),
        rebuild.stories(),
        rebuild.took().toMillis() / 1e3,
        rebuild.took().toMillis() / (double) Math.max(1, rebuild.articles()));
    printQuality(labels);
  }

  /** Indexes the first articles with their fingerprints, in no story. */
  private void indexOnly(GeneratedCorpus corpus, int count) {
    long start = System.nanoTime();
    for (int done = 0; done < count; done += INDEX_ONLY_BATCH) {
      write(
          corpus.next(Math.min(INDEX_ONLY_BATCH, count - done)).stream().map(this::entry).toList());
    }
    if (count > 0) {
      System.out.printf(
          "  %d articles indexed in no story in %.0f s%n",
          count, (System.nanoTime() - start) / 1e9);
    }
  }

  private ArticleIndex.Entry entry(GeneratedCorpus.Generated generated) {
    return new ArticleIndex.Entry(
        generated.article(), "benchmark", stories.fingerprint(generated.article()));
  }

  /**
   * Written with no step pending: the benchmark does every step itself, and healing would otherwise
   * take the articles for a crash's leftovers after its grace and place them again.
   */
  private void write(List<ArticleIndex.Entry> entries) {
    index.upsert(entries, Map.of(), List.of());
  }

  private void printQuality(Map<String, String> labels) {
    Map<String, String> assigned = storyStore.storiesOf(labels.keySet());
    // Pairs counted within each true story and within each found story: no quadratic scan.
    Map<String, Map<String, Integer>> overlap = new HashMap<>();
    Map<String, Integer> trueSizes = new HashMap<>();
    Map<String, Integer> foundSizes = new HashMap<>();
    labels.forEach(
        (id, label) -> {
          String story = assigned.get(id);
          trueSizes.merge(label, 1, Integer::sum);
          foundSizes.merge(story, 1, Integer::sum);
          overlap.computeIfAbsent(label, l -> new HashMap<>()).merge(story, 1, Integer::sum);
        });
    long truePairs = trueSizes.values().stream().mapToLong(StoryBenchmark::pairs).sum();
    long foundPairs = foundSizes.values().stream().mapToLong(StoryBenchmark::pairs).sum();
    long right =
        overlap.values().stream()
            .flatMap(m -> m.values().stream())
            .mapToLong(StoryBenchmark::pairs)
            .sum();
    System.out.printf(
        "  generated stories %d, found %d; pairwise precision %.3f, recall %.3f%n",
        trueSizes.size(),
        foundSizes.size(),
        foundPairs == 0 ? 1.0 : (double) right / foundPairs,
        truePairs == 0 ? 1.0 : (double) right / truePairs);
  }

  private static long pairs(int n) {
    return (long) n * (n - 1) / 2;
  }

  /**
   * Generated news: stories of one to eight articles from different outlets within a few days, each
   * with its own topic words and people, over a shared background vocabulary; some articles are
   * copies (a wire story reprinted, a paragraph cut) or rewrites (sentences kept, the rest new).
   */
  static final class GeneratedCorpus {

    private final Random random;
    private final String[] background;
    private final List<Generated> pending = new ArrayList<>();
    private int stories;
    private LocalDate day = LocalDate.of(2024, 1, 1);

    record Generated(Article article, String story) {}

    GeneratedCorpus(Random random) {
      this.random = random;
      this.background = new String[20_000];
      for (int i = 0; i < background.length; i++) {
        background[i] = word(4 + random.nextInt(6));
      }
    }

    List<Generated> next(int count) {
      while (pending.size() < count) {
        pending.addAll(story());
      }
      List<Generated> batch = new ArrayList<>(pending.subList(0, count));
      pending.subList(0, count).clear();
      return batch;
    }

    private List<Generated> story() {
      String label = "story-" + stories++;
      if (stories % 300 == 0) {
        day = day.plusDays(1);
      }
      String[] topic = new String[40];
      for (int i = 0; i < topic.length; i++) {
        topic[i] = word(5 + random.nextInt(5));
      }
      List<String> people = List.of(name(), name(), name());
      String place = capital(word(6));
      int size = 1 + (int) Math.min(7, -Math.log(1 - random.nextDouble()) * 1.5);
      List<Generated> articles = new ArrayList<>();
      List<String> first = null;
      for (int i = 0; i < size; i++) {
        List<String> sentences;
        if (first != null && random.nextInt(8) == 0) {
          sentences = new ArrayList<>(first.subList(0, first.size() - 2));
        } else if (first != null && random.nextInt(6) == 0) {
          sentences = new ArrayList<>();
          for (String sentence : first) {
            sentences.add(random.nextInt(3) == 0 ? sentence : sentence(topic, people));
          }
        } else {
          sentences = new ArrayList<>();
          for (int s = 0; s < 15 + random.nextInt(15); s++) {
            sentences.add(sentence(topic, people));
          }
        }
        if (first == null) {
          first = sentences;
        }
        String outlet = "Outlet " + random.nextInt(60);
        String title =
            capital(topic[random.nextInt(10)]) + " " + topic[random.nextInt(40)] + " " + place;
        String body = String.join(" ", sentences);
        String id = "bench-" + label + "-" + i;
        articles.add(
            new Generated(
                new Article(
                    id,
                    title,
                    body,
                    Optional.of(outlet),
                    Optional.of(day.plusDays(random.nextInt(3))),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("en"),
                    people.stream().map(p -> mention(p, 1 + random.nextInt(4))).toList(),
                    List.of(),
                    List.of(mention(place, 2)),
                    List.of(),
                    id + "-" + body.hashCode()),
                label));
      }
      return articles;
    }

    private String sentence(String[] topic, List<String> people) {
      StringBuilder sentence = new StringBuilder(people.get(random.nextInt(people.size())));
      int words = 8 + random.nextInt(14);
      for (int w = 0; w < words; w++) {
        sentence.append(' ');
        if (random.nextInt(5) == 0) {
          sentence.append(topic[random.nextInt(topic.length)]);
        } else {
          // Zipf-like: common words far more often than rare ones.
          int rank =
              (int)
                  Math.min(
                      background.length - 1,
                      Math.exp(random.nextDouble() * Math.log(background.length)));
          sentence.append(background[rank]);
        }
      }
      return sentence.append('.').toString();
    }

    private String name() {
      return capital(word(5)) + " " + capital(word(7));
    }

    private String word(int length) {
      StringBuilder word = new StringBuilder();
      for (int i = 0; i < length; i++) {
        word.append((char) ('a' + random.nextInt(26)));
      }
      return word.toString();
    }

    private static String capital(String word) {
      return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static EntityMention mention(String name, int mentions) {
      return new EntityMention(name, mentions, EntityRole.SUBJECT, List.of(name));
    }
  }
}
