package io.newsdesk.bench;

import java.util.Arrays;
import java.util.List;

/**
 * A beat of the newsroom: its words, the roles of the people in it and the section in its URLs.
 * Nouns may be compounds ("interest rate"), which is what makes phrase queries meaningful.
 */
enum Topic {
  POLITICS(
      "politics",
      "coalition|election|budget vote|referendum|reform bill|parliament|cabinet|opposition"
          + "|constitution|campaign|ballot|poll|mandate|motion|amendment|ministry|policy",
      "propose proposed|reject rejected|approve approved|delay delayed|block blocked"
          + "|defend defended|criticise criticised|support supported|oppose opposed|lead led",
      "fragile|snap|cross-party|contested|narrow|landmark|controversial|unexpected",
      "prime minister|foreign minister|party leader|member of parliament|spokesperson"),
  ECONOMY(
      "business",
      "interest rate|inflation|currency|mortgage|bond yield|tariff|export|trade deficit"
          + "|pension fund|share price|profit|loan|investment|wage|market|takeover bid",
      "raise raised|cut cut|hold held|ease eased|tighten tightened|forecast forecast"
          + "|report reported|sell sold|double doubled|lower lowered",
      "quarterly|annual|sluggish|record|weaker|stronger|volatile|cautious",
      "governor|chief economist|chief executive|finance director|analyst"),
  LABOUR(
      "work",
      "strike|pay rise|picket line|walkout|pay deal|shift pattern|union ballot|redundancy"
          + "|overtime|automation|workforce|dispute|contract|mediator|stoppage",
      "call called|end ended|suspend suspended|extend extended|accept accepted|reject rejected"
          + "|halt halted|resume resumed|vote voted|negotiate negotiated",
      "open-ended|national|unofficial|bitter|lengthy|final|improved|fresh",
      "general secretary|shop steward|union chair|state mediator|labour minister"),
  TRANSPORT(
      "transport",
      "ferry|night train|rail line|container terminal|harbour|runway|bridge|bus route"
          + "|timetable|timetable change|cargo ship|fuel price|toll road|port|airline",
      "cancel cancelled|divert diverted|reopen reopened|close closed|upgrade upgraded"
          + "|launch launched|ground grounded|reroute rerouted|build built",
      "delayed|overnight|crowded|regional|new|ageing|coastal|direct",
      "harbour master|station manager|transport minister|captain|operations director"),
  WEATHER(
      "weather",
      "storm|flood warning|heatwave|snowfall|drought|gale|river level|rainfall|flood barrier"
          + "|landslide|frost|power cut|evacuation|forecast|sea wall",
      "warn warned|hit hit|flood flooded|damage damaged|evacuate evacuated|clear cleared"
          + "|issue issued|lift lifted|record recorded",
      "severe|heavy|unseasonal|coastal|persistent|torrential|freezing|dry",
      "forecaster|mayor|emergency coordinator|hydrologist|rescue coordinator"),
  CRIME(
      "crime",
      "theft|arrest|trial|verdict|investigation|fraud|smuggling ring|court|witness|appeal"
          + "|sentence|raid|police inquiry|ransom|stolen manuscript",
      "arrest arrested|charge charged|question questioned|release released|convict convicted"
          + "|search searched|seize seized|acquit acquitted|detain detained",
      "suspected|alleged|daring|organised|lengthy|unsolved|high-profile|undercover",
      "detective inspector|prosecutor|judge|police chief|defence lawyer"),
  SPORT(
      "sport",
      "final|league title|indoor record|transfer|cup tie|relegation|championship|penalty"
          + "|stadium|season|coach|hat-trick|qualifier|medal|derby",
      "win won|lose lost|sign signed|score scored|set set|miss missed|clinch clinched"
          + "|defend defended|host hosted",
      "dramatic|comfortable|late|historic|unbeaten|injury-hit|narrow|thrilling",
      "head coach|striker|captain|sprinter|club president"),
  CULTURE(
      "culture",
      "festival|exhibition|book prize|novel|orchestra|premiere|museum|jazz line-up|gallery"
          + "|theatre|film|collection|concert|award|manuscript",
      "open opened|announce announced|win won|stage staged|present presented|restore restored"
          + "|publish published|cancel cancelled|acquire acquired",
      "acclaimed|sold-out|experimental|long-awaited|intimate|lavish|modest|celebrated",
      "director|novelist|conductor|curator|festival director"),
  SCIENCE(
      "science",
      "study|research vessel|coral reef|migration|satellite|climate model|data set|telescope"
          + "|fossil|species|laboratory|expedition|sample|vaccine trial|survey",
      "find found|publish published|measure measured|track tracked|discover discovered"
          + "|launch launched|confirm confirmed|observe observed|map mapped",
      "peer-reviewed|rare|early|unexpected|long-term|preliminary|remarkable|detailed",
      "marine biologist|professor|lead author|researcher|expedition leader"),
  HEALTH(
      "health",
      "hospital|waiting list|vaccine|clinic|outbreak|nurse shortage|health budget|ambulance"
          + "|surgery|prescription|screening programme|ward|patient",
      "open opened|close closed|fund funded|treat treated|report reported|expand expanded"
          + "|cut cut|warn warned|test tested",
      "emergency|rural|overstretched|routine|specialist|seasonal|public|private",
      "health minister|chief medical officer|hospital director|surgeon|nurse"),
  ENERGY(
      "energy",
      "wind farm|power station|gas price|pipeline|grid|solar park|oil terminal|energy bill"
          + "|nuclear plant|subsidy|emissions target|heat pump|coal mine",
      "build built|approve approved|shut shut|connect connected|subsidise subsidised"
          + "|double doubled|halt halted|expand expanded|cap capped",
      "offshore|renewable|wholesale|domestic|ambitious|delayed|cheaper|costly",
      "energy minister|chief executive|plant manager|grid operator|regulator");

  private final String section;
  private final List<String> nouns;
  private final List<Verb> verbs;
  private final List<String> adjectives;
  private final List<String> roles;

  Topic(String section, String nouns, String verbs, String adjectives, String roles) {
    this.section = section;
    this.nouns = split(nouns);
    this.verbs = split(verbs).stream().map(Verb::of).toList();
    this.adjectives = split(adjectives);
    this.roles = split(roles);
  }

  String section() {
    return section;
  }

  List<String> nouns() {
    return nouns;
  }

  List<Verb> verbs() {
    return verbs;
  }

  List<String> adjectives() {
    return adjectives;
  }

  List<String> roles() {
    return roles;
  }

  private static List<String> split(String words) {
    return Arrays.asList(words.split("\\|"));
  }

  /** A verb with the forms sentences need; every verb here has one past form for both uses. */
  record Verb(String base, String past) {

    static Verb of(String forms) {
      String[] parts = forms.split(" ");
      return new Verb(parts[0], parts[1]);
    }

    String thirdPerson() {
      return English.plural(base);
    }
  }
}
