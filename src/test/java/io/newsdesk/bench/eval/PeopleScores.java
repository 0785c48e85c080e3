package io.newsdesk.bench.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The portal's people against the gold people, article by article (the rule is {@link
 * PersonMatcher}'s). Precision is the share of the portal's (article, name) pairs that match a gold
 * person of the article; recall the share of gold (article, person) pairs matched by at least one
 * portal name. A gold person is <em>split</em> when two or more distinct portal names match it
 * across the corpus; a portal name is a <em>false merge</em> when it matches two or more distinct
 * gold people across the corpus.
 *
 * @param persons per gold person: its articles, those found, and the portal names that matched it
 * @param wrongNames portal names that matched nobody, with the articles where they did
 * @param merges portal names that matched several gold people, with those people
 * @param articles per article, each portal name with the gold person it matched, {@code (wrong)} or
 *     {@code (ambiguous)}
 */
public record PeopleScores(
    double precision,
    double recall,
    int portalNames,
    int rightNames,
    int goldPeople,
    int foundPeople,
    Map<String, PersonScore> persons,
    List<String> splits,
    Map<String, Set<String>> merges,
    Map<String, List<String>> wrongNames,
    Map<String, Map<String, String>> articles) {

  /** One article: its key, its gold people and the person names the portal gave it. */
  public record Case(String article, ArticlePeople gold, List<String> portal) {}

  /**
   * How one gold person fared: in how many articles, found in how many, missed where, and which
   * portal names (with their article counts) matched it.
   */
  public record PersonScore(
      int articles, int found, List<String> missed, Map<String, Integer> names) {}

  public static PeopleScores of(List<Case> cases) {
    int names = 0;
    int right = 0;
    int gold = 0;
    int found = 0;
    Map<String, List<String>> articles = new TreeMap<>();
    Map<String, Map<String, String>> verdicts = new TreeMap<>();
    Map<String, List<String>> missed = new TreeMap<>();
    Map<String, Map<String, Integer>> matchedBy = new TreeMap<>();
    Map<String, Set<String>> matches = new TreeMap<>();
    Map<String, List<String>> wrong = new TreeMap<>();
    PersonMatcher matcher = PersonMatcher.of(cases.stream().map(Case::gold).toList());
    for (Case c : cases) {
      Set<String> hit = new TreeSet<>();
      for (String name : new TreeSet<>(c.portal())) {
        PersonMatcher.Match match = matcher.match(c.gold(), name);
        names++;
        verdicts
            .computeIfAbsent(c.article(), a -> new TreeMap<>())
            .put(name, match.person().orElse(match.right() ? "(ambiguous)" : "(wrong)"));
        if (!match.right()) {
          wrong.computeIfAbsent(name, n -> new ArrayList<>()).add(c.article());
          continue;
        }
        right++;
        match
            .person()
            .ifPresent(
                person -> {
                  hit.add(person);
                  matchedBy
                      .computeIfAbsent(person, p -> new TreeMap<>())
                      .merge(name, 1, Integer::sum);
                  matches.computeIfAbsent(name, n -> new TreeSet<>()).add(person);
                });
      }
      for (String person : new TreeSet<>(c.gold().persons())) {
        gold++;
        articles.computeIfAbsent(person, p -> new ArrayList<>()).add(c.article());
        if (hit.contains(person)) {
          found++;
        } else {
          missed.computeIfAbsent(person, p -> new ArrayList<>()).add(c.article());
        }
      }
    }
    Map<String, PersonScore> persons = new TreeMap<>();
    articles.forEach(
        (person, in) -> {
          List<String> lost = missed.getOrDefault(person, List.of());
          persons.put(
              person,
              new PersonScore(
                  in.size(),
                  in.size() - lost.size(),
                  lost,
                  matchedBy.getOrDefault(person, Map.of())));
        });
    List<String> splits =
        persons.entrySet().stream()
            .filter(e -> e.getValue().names().size() > 1)
            .map(Map.Entry::getKey)
            .toList();
    Map<String, Set<String>> merges = new TreeMap<>();
    matches.forEach(
        (name, people) -> {
          if (people.size() > 1) {
            merges.put(name, people);
          }
        });
    return new PeopleScores(
        names == 0 ? 1 : (double) right / names,
        gold == 0 ? 1 : (double) found / gold,
        names,
        right,
        gold,
        found,
        persons,
        splits,
        merges,
        wrong,
        verdicts);
  }
}
