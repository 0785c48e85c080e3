package io.newsdesk.bench;

import io.newsdesk.bench.World.Organisation;
import io.newsdesk.bench.World.Person;
import io.newsdesk.bench.World.Place;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes the text of one article about a cast of people, organisations and places, each spelled one
 * way throughout the article, and counts every name it writes.
 */
final class StoryWriter {

  private final SplittableRandom random;
  private final Topic topic;
  private final List<Role> people;
  private final List<Org> organisations;
  private final List<Spot> places;
  private final Mentions personMentions = new Mentions();
  private final Mentions organisationMentions = new Mentions();
  private final Mentions placeMentions = new Mentions();
  private final Set<String> used = new HashSet<>();
  private Role last;
  private int nextSpeaker;
  private int nextOrganisation;
  private int nextPlace;

  StoryWriter(
      SplittableRandom random,
      Topic topic,
      List<Person> people,
      List<Organisation> organisations,
      List<Place> places) {
    this.random = random;
    this.topic = topic;
    this.people = people.stream().map(p -> new Role(p, spelling(p))).toList();
    this.organisations =
        organisations.stream()
            .map(o -> new Org(o, o.acronym().isPresent() && random.nextBoolean()))
            .toList();
    this.places = places.stream().map(p -> new Spot(p, spelling(p.spellings()))).toList();
  }

  String headline() {
    return English.capitalised(render(fresh(Phrases.HEADLINES)));
  }

  /** Paragraphs until the text has at least {@code words} words. */
  List<String> paragraphs(int words) {
    List<String> paragraphs = new ArrayList<>();
    String lead = sentence(fresh(Phrases.LEADS));
    if (random.nextInt(5) < 2) {
      lead = places.get(0).spelling.toUpperCase(Locale.ROOT) + " – " + lead;
    }
    paragraphs.add(lead + " " + sentence(fresh(Phrases.SENTENCES)));
    int written = wordCount(paragraphs.get(0));
    while (written < words) {
      String paragraph = random.nextInt(100) < 35 ? quote() : narrative();
      paragraphs.add(paragraph);
      written += wordCount(paragraph);
    }
    return paragraphs;
  }

  Mentions persons() {
    return personMentions;
  }

  Mentions organisations() {
    return organisationMentions;
  }

  Mentions places() {
    return placeMentions;
  }

  private String narrative() {
    StringBuilder paragraph = new StringBuilder();
    int sentences = 1 + random.nextInt(3);
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        paragraph.append(' ');
      }
      paragraph.append(sentence(fresh(Phrases.SENTENCES)));
    }
    return paragraph.toString();
  }

  private String quote() {
    String first = render(fresh(Phrases.QUOTES));
    return switch (random.nextInt(3)) {
      case 0 -> "“" + first + ",” " + render(pick(Phrases.ATTRIBUTIONS)) + ".";
      case 1 ->
          "“"
              + first
              + ",” "
              + render(pick(Phrases.ATTRIBUTIONS))
              + ". “"
              + render(fresh(Phrases.QUOTES))
              + ".”";
      default -> English.capitalised(render("{p} said")) + ": “" + first + ".”";
    };
  }

  private String sentence(String template) {
    return English.capitalised(render(template));
  }

  private String render(String template) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    int at = 0;
    for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', at)) {
      int close = template.indexOf('}', open);
      out.append(template, at, open).append(fill(template.substring(open + 1, close)));
      at = close + 1;
    }
    out.append(template, at, template.length());
    // Only "a {slot}" can need "an".
    return template.contains("a {") ? English.articles(out.toString()) : out.toString();
  }

  private String fill(String slot) {
    return switch (slot) {
      case "P" -> person(speaker());
      case "p" -> person(last == null ? speaker() : last);
      case "he" -> last == null ? person(speaker()) : last.person.name().female() ? "she" : "he";
      case "He" -> last == null ? person(speaker()) : last.person.name().female() ? "She" : "He";
      case "Surname" -> surname(people.get(0));
      case "O" -> organisation(organisations.get(nextOrganisation++ % organisations.size()));
      case "L" -> place(places.get(nextPlace++ % places.size()));
      case "n" -> pick(topic.nouns());
      case "ns" -> English.plural(pick(topic.nouns()));
      case "g" -> pick(Phrases.GENERAL_NOUNS);
      case "gs" -> English.plural(pick(Phrases.GENERAL_NOUNS));
      case "a" -> pick(topic.adjectives());
      case "b" -> pick(Phrases.GENERAL_ADJECTIVES);
      case "v" -> pick(topic.verbs()).base();
      case "vd" -> pick(topic.verbs()).past();
      case "vs" -> pick(topic.verbs()).thirdPerson();
      case "num" -> String.format(Locale.ROOT, "%,d", 2 + random.nextInt(4000));
      case "pct" -> Integer.toString(5 + random.nextInt(90));
      case "year" -> Integer.toString(2005 + random.nextInt(20));
      case "day" -> pick(Phrases.DAYS);
      case "month" -> pick(Phrases.MONTHS);
      case "period" -> pick(Phrases.PERIODS);
      default -> throw new IllegalArgumentException("unknown slot {" + slot + "}");
    };
  }

  /** The main person half the time, else the others in turn. */
  private Role speaker() {
    if (last == null || people.size() == 1 || random.nextBoolean()) {
      return people.get(0);
    }
    return people.get(1 + nextSpeaker++ % (people.size() - 1));
  }

  private String person(Role role) {
    last = role;
    String canonical = role.person.name().canonical();
    if (!role.introduced) {
      role.introduced = true;
      personMentions.add(canonical, role.fullName);
      return organisation(role.person.organisation(), false)
          + " "
          + role.person.role()
          + " "
          + role.fullName;
    }
    String surname = surname(role);
    return random.nextBoolean() ? surname : (role.person.name().female() ? "Ms " : "Mr ") + surname;
  }

  private String surname(Role role) {
    personMentions.add(role.person.name().canonical(), role.surname);
    return role.surname;
  }

  private String organisation(Org org) {
    return organisation(org.organisation, true);
  }

  /** With its article ("the ...") when it stands alone, without when it qualifies a job title. */
  private String organisation(Organisation organisation, boolean standsAlone) {
    Org org =
        organisations.stream()
            .filter(o -> o.organisation.equals(organisation))
            .findFirst()
            .orElseGet(() -> new Org(organisation, false));
    if (org.acronym && org.introduced) {
      String acronym = organisation.acronym().orElseThrow();
      organisationMentions.add(organisation.name(), acronym);
      return acronym;
    }
    organisationMentions.add(organisation.name(), organisation.name());
    String name = (standsAlone && organisation.takesThe() ? "the " : "") + organisation.name();
    if (org.acronym && standsAlone) {
      org.introduced = true;
      return name + " (" + organisation.acronym().orElseThrow() + ")";
    }
    return name;
  }

  private String place(Spot spot) {
    placeMentions.add(spot.place.canonical(), spot.spelling);
    return spot.spelling;
  }

  private String spelling(List<String> spellings) {
    return spellings.size() == 1 || random.nextInt(10) < 6
        ? spellings.get(0)
        : spellings.get(1 + random.nextInt(spellings.size() - 1));
  }

  private String spelling(Person person) {
    return spelling(person.name().given()) + " " + spelling(person.name().surnames());
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  /** A template not used yet in this article, as long as a few tries find one. */
  private String fresh(List<String> templates) {
    String template = pick(templates);
    for (int tries = 0; tries < 8 && used.contains(template); tries++) {
      template = pick(templates);
    }
    used.add(template);
    return template;
  }

  private static int wordCount(String text) {
    return (int) text.chars().filter(c -> c == ' ').count() + 1;
  }

  /** A person as this article writes them. */
  private static final class Role {
    final Person person;
    final String fullName;
    final String surname;
    boolean introduced;

    Role(Person person, String fullName) {
      this.person = person;
      this.fullName = fullName;
      this.surname = fullName.substring(fullName.indexOf(' ') + 1);
    }
  }

  /** An organisation as this article writes it: by its acronym after the first mention, or not. */
  private static final class Org {
    final Organisation organisation;
    final boolean acronym;
    boolean introduced;

    Org(Organisation organisation, boolean acronym) {
      this.organisation = organisation;
      this.acronym = acronym;
    }
  }

  private record Spot(Place place, String spelling) {}
}
