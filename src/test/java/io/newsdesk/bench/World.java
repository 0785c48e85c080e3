package io.newsdesk.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The invented world the generated news is about: countries, towns, organisations, people and
 * outlets. Everything is fictional; names written with '|' are one entity's spellings, the first
 * being the canonical one (transliterations: Hrebeniuk, Grebeniuk, Grebenyuk).
 */
final class World {

  static final int PEOPLE = 480;

  private static final String PLACES =
      "Valdoria,Karsovia,Lysandria,Orvenia,Tamberland,Veskaria,Port Velsk|Port Velsky,Kelmora"
          + ",Brenholt,Lanford,Zhytar|Zhitar,Holm Island,Skerrin,Drovnyi|Drovny|Drovnyy,Halvik"
          + ",Marrowgate,Stennis Bay,Korvash|Korvas,Ilmen Falls,Tarnell Ridge,Osterby"
          + ",Vashkiv|Vashkov,Pyrrin,Greywick,Aldermoor,Kestrel Point,Nyvane,Borovny"
          + ",Ryzhkiv|Ryzhkov|Ryzhkow,Sollmark,Ekhart,Velmora,Dunhallow,Castrel,Mirenka"
          + ",Hollin Vale,Quarrington,Fennick,Lutsiv|Lutsev,Ravensholm,Khorivka|Horivka"
          + ",Orlen Bay,Westvik,Saltmere,Brannock,Tiverny,Kalyniv|Kalinov,Ostrel";

  /**
   * Organisations by topic: "the" when the name takes it, the name, and after '/' an acronym used
   * for later mentions.
   */
  private static final Map<Topic, String> ORGANISATIONS =
      Map.ofEntries(
          Map.entry(
              Topic.POLITICS,
              "the Valdorian Liberal Union/VLU,the Karsovian People’s Front,the Orvenian Labour Alliance"
                  + ",the Karsovian Foreign Ministry,the Northern Maritime Council/NMC"
                  + ",the Skerrin Strait Commission,Kelmora City Council"),
          Map.entry(
              Topic.ECONOMY,
              "the Central Bank of Valdoria/CBV,Sundholm Bank,the Valdorian Chamber of Commerce"
                  + ",Dunhallow Investment Trust,Hallberg Retail Group,the Velsk Stock Exchange"),
          Map.entry(
              Topic.LABOUR,
              "the Dockworkers’ Federation of Valdoria/DFV,Carrow Terminals Group"
                  + ",Greywick Steelworks,the Valdorian Union of Teachers/VUT"
                  + ",the Federation of Karsovian Miners"),
          Map.entry(
              Topic.TRANSPORT,
              "the Port Velsk Port Authority,Valdorian Railways/VR,Nyvane Airways"
                  + ",Holm Ferry Company,Castrel Motors"),
          Map.entry(
              Topic.WEATHER,
              "the National Weather Institute of Valdoria/NWI,the Coastguard Rescue Service"
                  + ",the Lanford Flood Authority,the Orvenian Civil Protection Agency"),
          Map.entry(
              Topic.CRIME,
              "the Karsovian National Police,the Valdorian Crime Agency/VCA,the Court of Appeal of Valdoria"
                  + ",Brenholt Cathedral Library,Kelmora District Court"),
          Map.entry(
              Topic.SPORT,
              "the Tamberland Football Association/TFA,Port Velsk Mariners,Kelmora Athletic"
                  + ",the Valdorian Athletics Federation,Zhytar Rowing Club"),
          Map.entry(
              Topic.CULTURE,
              "Aldermoor Theatre Company,the Brenholt Jazz Festival,the Kelmora Book Prize"
                  + ",the National Gallery of Orvenia,the Velmora Philharmonic Orchestra"),
          Map.entry(
              Topic.SCIENCE,
              "Brenholt University,the Lysandrian Space Agency/LSA,the Skerrin Marine Institute"
                  + ",the Institute of Coastal Ecology,Velmora Observatory"),
          Map.entry(
              Topic.HEALTH,
              "the Valdorian Medical Association/VMA,Kelmora General Hospital"
                  + ",Velmora Pharmaceuticals,the National Health Board of Karsovia"),
          Map.entry(
              Topic.ENERGY,
              "the Orvenian Energy Company/OEC,Kestrel Wind Partners,Veskar Mining Corporation"
                  + ",the Valdorian Grid Operator,Saltmere Gas Terminal"));

  private static final String MEN =
      "Sergei|Sergey|Serhiy,Oleksandr|Aleksandr|Alexander,Dmytro|Dmitry|Dmitri,Andrii|Andriy"
          + "|Andrei,Mykola|Nikolai|Nikolay,Jürgen|Jurgen|Juergen,Bohdan|Bogdan,Yevhen|Evgeny"
          + "|Yevgeny,Tobias,Piet,Radek,Matthias,Henrik,Anton,Lars,Emil,Viktor|Victor"
          + ",Mykhailo|Mikhail,Pavlo|Pavel,Yurii|Yuri|Yuriy,Søren|Soren|Soeren,Tomas,Kasimir";

  private static final String WOMEN =
      "Yuliia|Yulia|Yuliya,Olena|Elena|Yelena,Helena,Marit,Annelie,Johanna,Maren"
          + ",Kateryna|Ekaterina|Katerina,Nataliia|Natalia|Natalya,Svitlana|Svetlana,Ingrid"
          + ",Zoë|Zoe,Liesel,Mette,Dariia|Daria|Darya,Tetiana|Tatiana|Tatyana,Agnes,Ilse,Rhoswen"
          + ",Oksana,Freya,Vilma";

  private static final String SURNAMES =
      "Hrebeniuk|Grebeniuk|Grebenyuk,Kostiuk|Kostyuk,Melnychenko|Melnichenko"
          + ",Yaremchuk|Iaremchuk|Jaremchuk,Zhytnyk|Zhitnik,Hlushko|Glushko,Savchyn|Savchin"
          + ",Dovhan|Dovgan,Khomenko|Homenko,Varnavin,Lytvak|Litvak,Pryhodko|Prigodko,Vorstrand"
          + ",Aschauer,Hübner|Huebner|Hubner,Schöllkopf|Schoellkopf|Schollkopf"
          + ",Pedersen-Lind|Pedersen Lind,Hrubý|Hruby,Ellefsen,Renquist,Tullberg,Aldous,Brandt"
          + ",Lindqvist|Lindquist,Marchetti,Dubreuil,Okafor,Vasquez-Orr,Thornby,Keldsen,Marrak"
          + ",Oyelaran,Strand-Vik,Haldane,Petrosyan|Petrossian,Tereshchuk|Tereschuk,Ilves"
          + ",Quennell,Baptiste-Rowe";

  private static final String OUTLETS =
      "Meridian Wire,The Harbour Courier,Northgate Daily,Valdoria Public Radio"
          + ",Eastmark Observer,The Lanford Ledger,Brightwater Post,Coastline Today"
          + ",Kelmora Evening Star,The Velsk Gazette,Karsovian Herald,Riverside Chronicle"
          + ",Southfield Times,Brenholt Morning Tribune,The Skerrin Sentinel,Highland Record"
          + ",Greywater Journal,The Compass,Continental Newswire,Dunmore Examiner"
          + ",Ashcombe Mercury,The Weekly Lantern,Stonebridge Bulletin,Pinecrest Review"
          + ",Westmoor Inquirer,Fenwick Dispatch,Silverlake Monitor,Tidewater News"
          + ",The Orvenian Standard,Quarrington Voice";

  private final List<Place> places;
  private final Map<Topic, List<Organisation>> organisations = new EnumMap<>(Topic.class);
  private final Map<Topic, List<Person>> people = new EnumMap<>(Topic.class);
  private final List<Outlet> outlets;

  World(long seed) {
    Random random = new Random(seed);
    places = Arrays.stream(PLACES.split(",")).map(p -> new Place(spellings(p))).toList();
    ORGANISATIONS.forEach(
        (topic, names) ->
            organisations.put(
                topic, Arrays.stream(names.split(",")).map(Organisation::parse).toList()));
    List<Name> names = shuffledNames(random);
    Topic[] topics = Topic.values();
    for (int i = 0; i < PEOPLE; i++) {
      Topic topic = topics[i % topics.length];
      List<Organisation> orgs = organisations.get(topic);
      Person person =
          new Person(
              names.get(i),
              topic,
              orgs.get(random.nextInt(orgs.size())),
              topic.roles().get(random.nextInt(topic.roles().size())),
              places.get(random.nextInt(places.size())));
      people.computeIfAbsent(topic, t -> new ArrayList<>()).add(person);
    }
    List<Name> reporters = names.subList(PEOPLE, names.size());
    List<Outlet> all = new ArrayList<>();
    String[] outletNames = OUTLETS.split(",");
    for (int i = 0; i < outletNames.length; i++) {
      all.add(Outlet.of(outletNames[i], reporters.subList(i * 3, i * 3 + 3)));
    }
    outlets = List.copyOf(all);
  }

  List<Place> places() {
    return places;
  }

  List<Organisation> organisations(Topic topic) {
    return organisations.get(topic);
  }

  List<Person> people(Topic topic) {
    return people.get(topic);
  }

  List<Outlet> outlets() {
    return outlets;
  }

  private static List<Name> shuffledNames(Random random) {
    List<Name> names = new ArrayList<>();
    for (String surname : SURNAMES.split(",")) {
      for (String given : MEN.split(",")) {
        names.add(new Name(spellings(given), spellings(surname), false));
      }
      for (String given : WOMEN.split(",")) {
        names.add(new Name(spellings(given), spellings(surname), true));
      }
    }
    Collections.shuffle(names, random);
    return names;
  }

  private static List<String> spellings(String entry) {
    return List.of(entry.split("\\|"));
  }

  /** A person's name in all its spellings; the first of each part is the canonical one. */
  record Name(List<String> given, List<String> surnames, boolean female) {

    String canonical() {
      return given.get(0) + " " + surnames.get(0);
    }
  }

  /** Someone the news is about, always with the same job at the same organisation. */
  record Person(Name name, Topic topic, Organisation organisation, String role, Place home) {}

  record Organisation(String name, boolean takesThe, Optional<String> acronym) {

    static Organisation parse(String entry) {
      String[] parts = entry.split("/");
      boolean takesThe = parts[0].startsWith("the ");
      return new Organisation(
          takesThe ? parts[0].substring(4) : parts[0],
          takesThe,
          parts.length > 1 ? Optional.of(parts[1]) : Optional.empty());
    }
  }

  record Place(List<String> spellings) {

    String canonical() {
      return spellings.get(0);
    }
  }

  /** A publisher with its web domain and reporters. */
  record Outlet(String name, String domain, List<Name> reporters) {

    static Outlet of(String name, List<Name> reporters) {
      String domain =
          name.toLowerCase(Locale.ROOT).replaceFirst("^the ", "").replace(' ', '-') + ".example";
      return new Outlet(name, domain, List.copyOf(reporters));
    }
  }
}
