package io.newsdesk.bench;

import io.newsdesk.bench.World.Organisation;
import io.newsdesk.bench.World.Outlet;
import io.newsdesk.bench.World.Person;
import io.newsdesk.bench.World.Place;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/**
 * Deterministic news-like articles in English about an invented world: article {@code n} of a seed
 * is always the same, so runs are repeatable and any slice can be made on its own, in any thread. A
 * few people, organisations, places and outlets are in many articles and most in few, as in a real
 * corpus; a person's name is spelled differently across articles (transliterations, given name
 * variants), and the raw text carries page chrome.
 */
public final class ArticleGenerator {

  static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
  static final int DAYS = 365;

  /** How often each topic comes up, in the order of {@link Topic}'s constants. */
  private static final int[] TOPIC_WEIGHTS = {16, 14, 10, 9, 6, 9, 12, 7, 5, 6, 6};

  private final long seed;
  private final World world;
  private final Zipf outletPopularity;
  private final Zipf placePopularity;
  private final Map<Topic, Zipf> personPopularity = new EnumMap<>(Topic.class);

  public ArticleGenerator(long seed) {
    this.seed = seed;
    this.world = new World(seed);
    this.outletPopularity = new Zipf(world.outlets().size(), 0.8);
    this.placePopularity = new Zipf(world.places().size(), 0.9);
    for (Topic topic : Topic.values()) {
      personPopularity.put(topic, new Zipf(world.people(topic).size(), 1.1));
    }
  }

  World world() {
    return world;
  }

  public GeneratedArticle article(int number) {
    SplittableRandom random =
        new SplittableRandom(new SplittableRandom(seed * 0x9E3779B97F4A7C15L + number).nextLong());
    Topic topic = topic(random);
    List<Person> people = people(random, topic);
    Person main = people.get(0);
    StoryWriter writer =
        new StoryWriter(random, topic, people, organisations(random, main), places(random, main));
    String title = writer.headline();
    List<String> paragraphs = writer.paragraphs(300 + random.nextInt(340));
    Outlet outlet = world.outlets().get(outletPopularity.sample(random));
    LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
    String url =
        "https://"
            + outlet.domain()
            + "/"
            + topic.section()
            + "/"
            + published.toString().replace('-', '/')
            + "/"
            + slug(title)
            + "-"
            + number;
    return new GeneratedArticle(
        number,
        title,
        String.join("\n\n", paragraphs),
        String.join("\n\n", withChrome(random, paragraphs)),
        url,
        outlet.name(),
        published,
        outlet.reporters().get(random.nextInt(outlet.reporters().size())).canonical(),
        writer.persons().entities(),
        writer.organisations().entities(),
        writer.places().entities());
  }

  private static Topic topic(SplittableRandom random) {
    int total = Arrays.stream(TOPIC_WEIGHTS).sum();
    int at = random.nextInt(total);
    for (Topic topic : Topic.values()) {
      at -= TOPIC_WEIGHTS[topic.ordinal()];
      if (at < 0) {
        return topic;
      }
    }
    throw new IllegalStateException("weights cover every topic");
  }

  /** The main person first, then up to four others, mostly from the same beat. */
  private List<Person> people(SplittableRandom random, Topic topic) {
    List<Person> cast = new ArrayList<>();
    int others = 1 + random.nextInt(4);
    while (cast.size() < others + 1) {
      Topic beat =
          cast.isEmpty() || random.nextInt(10) < 7
              ? topic
              : Topic.values()[random.nextInt(Topic.values().length)];
      List<Person> pool = world.people(beat);
      Person person = pool.get(personPopularity.get(beat).sample(random));
      if (!cast.contains(person)) {
        cast.add(person);
      }
    }
    return cast;
  }

  /** The main person's organisation and one to three others of the beat. */
  private List<Organisation> organisations(SplittableRandom random, Person main) {
    return distinct(
        random,
        main.organisation(),
        world.organisations(main.topic()),
        () -> random.nextInt(world.organisations(main.topic()).size()));
  }

  /** The main person's home and one to three other places. */
  private List<Place> places(SplittableRandom random, Person main) {
    return distinct(random, main.home(), world.places(), () -> placePopularity.sample(random));
  }

  private static <T> List<T> distinct(
      SplittableRandom random, T first, List<T> pool, IntSupplier draw) {
    List<T> cast = new ArrayList<>(List.of(first));
    int wanted = 2 + random.nextInt(3);
    for (int tries = 0; cast.size() < wanted && tries < 20; tries++) {
      T other = pool.get(draw.getAsInt());
      if (!cast.contains(other)) {
        cast.add(other);
      }
    }
    return cast;
  }

  /** Chrome lines between paragraphs and after the story, as scraped pages have them. */
  private static List<String> withChrome(SplittableRandom random, List<String> paragraphs) {
    List<String> raw = new ArrayList<>(paragraphs);
    if (random.nextInt(10) < 4) {
      raw.add(
          1 + random.nextInt(raw.size() - 1),
          Phrases.CHROME_INSIDE.get(random.nextInt(Phrases.CHROME_INSIDE.size())));
    }
    if (random.nextInt(10) < 2) {
      raw.add(Phrases.CHROME_AFTER.get(random.nextInt(Phrases.CHROME_AFTER.size())));
    }
    return raw;
  }

  private static String slug(String title) {
    String ascii =
        Normalizer.normalize(title, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return Arrays.stream(ascii.split("[^a-z0-9]+"))
        .filter(w -> !w.isEmpty())
        .limit(8)
        .collect(Collectors.joining("-"));
  }
}
