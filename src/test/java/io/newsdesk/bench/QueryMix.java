package io.newsdesk.bench;

import io.newsdesk.bench.World.Person;
import io.newsdesk.search.Facet;
import io.newsdesk.search.ResultOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Searches as readers type them into a news portal: a word or two of the news, a quoted phrase, a
 * person by whichever spelling they know, a place or an organisation, or nothing but a filter; with
 * zero to two facet filters (popular values, as readers pick them), by relevance or newest first,
 * mostly on the first page.
 */
final class QueryMix {

  private final World world;
  private final SplittableRandom random;
  private final Zipf outletPopularity;
  private final Zipf placePopularity;

  private QueryMix(World world, long seed) {
    this.world = world;
    this.random = new SplittableRandom(seed);
    this.outletPopularity = new Zipf(world.outlets().size(), 0.8);
    this.placePopularity = new Zipf(world.places().size(), 0.9);
  }

  static List<BenchQuery> of(ArticleGenerator generator, int count, long seed) {
    QueryMix mix = new QueryMix(generator.world(), seed);
    List<BenchQuery> queries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      queries.add(mix.next());
    }
    return queries;
  }

  private BenchQuery next() {
    int kind = random.nextInt(100);
    String text;
    if (kind < 30) {
      text = firstWord(noun());
    } else if (kind < 50) {
      text = random.nextBoolean() ? noun() + " " + place() : adjective() + " " + noun();
    } else if (kind < 65) {
      text = "\"" + compoundNoun() + "\"";
    } else if (kind < 80) {
      text = personSpelling();
    } else if (kind < 90) {
      text = random.nextBoolean() ? place() : organisation();
    } else {
      text = "";
    }
    int filterCount = random.nextInt(100) < 50 ? 0 : random.nextInt(100) < 70 ? 1 : 2;
    if (text.isEmpty()) {
      filterCount = Math.max(1, filterCount);
    }
    Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
    Optional<LocalDate> from = Optional.empty();
    Optional<LocalDate> to = Optional.empty();
    while (filters.size() + (from.isPresent() ? 1 : 0) < filterCount) {
      int pick = random.nextInt(100);
      if (pick < 30) {
        filters.put(
            Facet.OUTLET, List.of(world.outlets().get(outletPopularity.sample(random)).name()));
      } else if (pick < 55) {
        filters.put(Facet.PERSON, List.of(person().name().canonical()));
      } else if (pick < 75) {
        filters.put(
            Facet.PLACE, List.of(world.places().get(placePopularity.sample(random)).canonical()));
      } else if (pick < 90) {
        Topic topic = topic();
        filters.put(Facet.ORGANIZATION, List.of(pick(world.organisations(topic)).name()));
      } else {
        LocalDate start =
            ArticleGenerator.FIRST_DAY.plusDays(random.nextInt(ArticleGenerator.DAYS - 31));
        from = Optional.of(start);
        to = Optional.of(start.plusDays(30));
      }
    }
    ResultOrder sort = random.nextInt(10) < 7 ? ResultOrder.RELEVANCE : ResultOrder.NEWEST;
    int pageDraw = random.nextInt(10);
    int page = pageDraw < 6 ? 1 : pageDraw < 8 ? 2 : 3 + random.nextInt(3);
    return new BenchQuery(text, filters, from, to, sort, page);
  }

  private Topic topic() {
    return Topic.values()[random.nextInt(Topic.values().length)];
  }

  private String noun() {
    return pick(topic().nouns());
  }

  private String compoundNoun() {
    List<String> compounds = topic().nouns().stream().filter(n -> n.contains(" ")).toList();
    return compounds.isEmpty() ? compoundNoun() : pick(compounds);
  }

  private String adjective() {
    return pick(topic().adjectives());
  }

  private String place() {
    return pick(world.places().get(placePopularity.sample(random)).spellings());
  }

  private String organisation() {
    World.Organisation organisation = pick(world.organisations(topic()));
    return organisation.acronym().filter(a -> random.nextBoolean()).orElse(organisation.name());
  }

  /** The popular people are searched most, each by any of their spellings. */
  private Person person() {
    List<Person> people = world.people(topic());
    return people.get(new Zipf(people.size(), 1.1).sample(random));
  }

  private String personSpelling() {
    World.Name name = person().name();
    String surname = pick(name.surnames());
    return random.nextBoolean() ? surname : pick(name.given()) + " " + surname;
  }

  private static String firstWord(String noun) {
    return noun.split(" ")[0];
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
