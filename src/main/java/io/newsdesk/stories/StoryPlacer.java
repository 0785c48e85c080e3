package io.newsdesk.stories;

import io.newsdesk.index.ArticleDocument;
import io.newsdesk.index.StoryDocument;
import io.newsdesk.index.StoryDocument.Member;
import io.newsdesk.index.StoryIndex;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Places a batch of articles in stories, earliest first: each joins the story of its closest
 * candidate that is about the same event, or starts a story of its own. Candidates come from index
 * lookups, so the cost per article does not grow with the corpus.
 */
final class StoryPlacer {

  /** Candidates compared per article: similar text within the window and shared bands. */
  static final int CANDIDATES = 20;

  /** The article's most telling words a candidate search looks for. */
  static final int QUERY_WORDS = 25;

  /**
   * Members of a story an article is compared with: its latest, enough to tell what the story is
   * about, few enough that a story of thousands costs no more than a small one.
   */
  static final int MEMBERS_COMPARED = 30;

  private final StoryStore storyStore;
  private final ArticleStore articleStore;
  private final CandidateStore candidateStore;
  private final StoryIndex index;
  private final StoryRules rules;
  private final Clock clock;

  StoryPlacer(
      StoryStore stories,
      ArticleStore articles,
      CandidateStore candidates,
      StoryIndex index,
      StoryRules rules,
      Clock clock) {
    this.storyStore = stories;
    this.articleStore = articles;
    this.candidateStore = candidates;
    this.index = index;
    this.rules = rules;
    this.clock = clock;
  }

  /**
   * Places new and changed articles, and unchanged ones that are in no story yet (stored before
   * stories existed); a changed article first leaves its story. Returns how many were placed.
   */
  int place(List<String> changed, List<String> unchanged) {
    Map<String, String> current =
        storyStore.storiesOf(Stream.concat(changed.stream(), unchanged.stream()).toList());
    Set<String> placing = new LinkedHashSet<>(changed);
    unchanged.stream().filter(id -> !current.containsKey(id)).forEach(placing::add);
    if (placing.isEmpty()) {
      return 0;
    }
    Map<String, StoryState> states = new HashMap<>();
    storyStore
        .stories(changed.stream().map(current::get).filter(Objects::nonNull).distinct().toList())
        .forEach((id, story) -> states.put(id, StoryState.of(story)));
    changed.forEach(article -> states.values().forEach(state -> state.remove(article)));
    Map<String, String> assigned =
        place(
            placing,
            states,
            false,
            candidates -> {
              List<String> others =
                  candidates.stream().filter(id -> !placing.contains(id)).toList();
              return storyStore.storiesOf(others);
            });
    // Members of earlier batches that placing again moved are assigned too, but not counted.
    return (int) assigned.keySet().stream().filter(placing::contains).count();
  }

  /**
   * Places every article again, batch by batch in publication order, each batch's neighbourhoods
   * placed again as at ingest; {@code placed} carries the stories given so far in this rebuild, the
   * only ones a candidate may bring.
   */
  void placeAgain(List<String> articleIds, Map<String, String> placed) {
    Map<String, String> assigned =
        place(
            articleIds,
            new HashMap<>(),
            true,
            candidates -> {
              Map<String, String> known = new HashMap<>();
              candidates.stream()
                  .filter(placed::containsKey)
                  .forEach(id -> known.put(id, placed.get(id)));
              return known;
            });
    placed.putAll(assigned);
  }

  /**
   * The placing itself, of the articles with these ids that are stored; returns the story of each
   * article placed, and of each member of an earlier batch that placing again moved. {@code
   * storiesOf} tells the stories of candidates placed before this batch; {@code states} holds
   * stories already loaded (and changed).
   */
  private Map<String, String> place(
      Collection<String> articleIds,
      Map<String, StoryState> states,
      boolean rebuild,
      Function<Collection<String>, Map<String, String>> storiesOf) {
    ArticleProfiles profiles = new ArticleProfiles(articleStore);
    List<ArticleDocument> ordered = chronological(List.copyOf(profiles.read(articleIds).values()));
    Map<String, List<String>> candidates =
        candidateStore.candidates(queries(ordered, profiles, rebuild), CANDIDATES);
    Set<String> candidateIds = new LinkedHashSet<>();
    candidates.values().forEach(candidateIds::addAll);
    Map<String, String> storyOfCandidate = storiesOf.apply(candidateIds);
    // Stories the caller changed are written back; a candidate's story only when one joins it.
    Set<String> touched = new LinkedHashSet<>(states.keySet());
    storyStore
        .stories(
            storyOfCandidate.values().stream()
                .distinct()
                .filter(id -> !states.containsKey(id))
                .toList())
        .forEach((id, story) -> states.put(id, StoryState.of(story)));
    // A story is compared as a whole: its latest members are read with the candidates.
    Set<String> compared = new LinkedHashSet<>();
    storyOfCandidate.values().stream()
        .distinct()
        .filter(states::containsKey)
        .forEach(id -> compared.addAll(states.get(id).latestMemberIds(MEMBERS_COMPARED)));
    profiles.read(compared);
    Map<String, StoryProfile> storyProfiles = new HashMap<>();

    Map<String, String> assigned = new LinkedHashMap<>();
    StoryRegrouping regrouping = new StoryRegrouping(rules);
    for (ArticleDocument article : ordered) {
      ArticleProfile profile = profiles.profile(article.id()).orElseThrow();
      Map<String, StoryMatch> matches = new HashMap<>();
      for (String candidate : candidates.getOrDefault(article.id(), List.of())) {
        String story =
            assigned.containsKey(candidate)
                ? assigned.get(candidate)
                : storyOfCandidate.get(candidate);
        if (story != null && states.containsKey(story) && !matches.containsKey(story)) {
          StoryProfile whole =
              storyProfiles.computeIfAbsent(story, id -> storyProfile(states.get(id), profiles));
          matches.put(story, StoryMatch.of(profile, whole));
        }
      }
      String story = StoryMatch.strongestJoined(matches, rules).map(Map.Entry::getKey).orElse(null);
      StoryMatch match = story == null ? StoryMatch.none() : matches.get(story);
      if (story == null) {
        story = StoryIds.newStoryId(article, states.keySet());
        states.put(story, StoryState.start(story));
        storyProfiles.put(story, new StoryProfile());
      }
      regrouping.link(story, joinable(matches));
      states
          .get(story)
          .add(member(article, profile), match.links(article.id()), match.similarities());
      storyProfiles.get(story).add(profile);
      assigned.put(article.id(), story);
      touched.add(story);
    }
    lookAgainAtLoneArticles(
        ordered, candidates, storyOfCandidate, assigned, states, storyProfiles, profiles);
    regroup(regrouping, states, profiles, assigned, touched);

    Instant now = clock.instant();
    List<StoryDocument> stored = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    for (String id : touched) {
      StoryState state = states.get(id);
      if (state.isEmpty()) {
        deleted.add(id);
      } else {
        stored.add(state.toDocument(now));
      }
    }
    index.write(stored, deleted, profiles.newFingerprints());
    return assigned;
  }

  /**
   * An article of the batch that started a story of its own is compared again once the whole batch
   * is placed: reports of its event placed after it may have made their story one it joins.
   */
  private void lookAgainAtLoneArticles(
      List<ArticleDocument> ordered,
      Map<String, List<String>> candidates,
      Map<String, String> storyOfCandidate,
      Map<String, String> assigned,
      Map<String, StoryState> states,
      Map<String, StoryProfile> storyProfiles,
      ArticleProfiles profiles) {
    for (ArticleDocument article : ordered) {
      String own = assigned.get(article.id());
      if (storyProfiles.get(own).members().size() != 1) {
        continue;
      }
      ArticleProfile profile = profiles.profile(article.id()).orElseThrow();
      Map<String, StoryMatch> matches = new HashMap<>();
      for (String candidate : candidates.getOrDefault(article.id(), List.of())) {
        String story = assigned.getOrDefault(candidate, storyOfCandidate.get(candidate));
        if (story != null && !story.equals(own) && storyProfiles.containsKey(story)) {
          matches.computeIfAbsent(story, id -> StoryMatch.of(profile, storyProfiles.get(id)));
        }
      }
      StoryMatch.strongestJoined(matches, rules)
          .ifPresent(
              best -> {
                states.get(own).remove(article.id());
                storyProfiles.remove(own);
                states
                    .get(best.getKey())
                    .add(
                        member(article, profile),
                        best.getValue().links(article.id()),
                        best.getValue().similarities());
                storyProfiles.get(best.getKey()).add(profile);
                assigned.put(article.id(), best.getKey());
              });
    }
  }

  /**
   * Each neighbourhood of stories that the batch's articles joined or could have joined is placed
   * again as a rebuild would place it; a story left empty is deleted when written. Every member
   * placed again, of this batch or an earlier one, is assigned its story, so a rebuild's later
   * batches find the members of earlier ones where they went.
   */
  private void regroup(
      StoryRegrouping regrouping,
      Map<String, StoryState> states,
      ArticleProfiles profiles,
      Map<String, String> assigned,
      Set<String> touched) {
    List<Set<String>> neighbourhoods =
        regrouping.neighbourhoods().stream()
            .filter(
                n ->
                    n.stream().mapToInt(id -> states.get(id).size()).sum()
                        <= StoryRegrouping.MAX_MEMBERS)
            .toList();
    // Members beyond the latest compared are read in one request for all neighbourhoods.
    profiles.read(
        neighbourhoods.stream()
            .flatMap(Set::stream)
            .flatMap(id -> states.get(id).members().stream())
            .map(Member::id)
            .toList());
    for (Set<String> neighbourhood : neighbourhoods) {
      Map<String, List<Member>> stories = new LinkedHashMap<>();
      neighbourhood.forEach(id -> stories.put(id, states.get(id).members()));
      Optional<List<StoryRegrouping.Group>> groups = regrouping.regroup(stories, profiles::profile);
      if (groups.isEmpty()) {
        continue;
      }
      neighbourhood.forEach(id -> states.put(id, StoryState.start(id)));
      touched.addAll(neighbourhood);
      for (StoryRegrouping.Group group : groups.get()) {
        String founder = group.members().get(0).member().id();
        String story =
            group
                .keeps()
                .orElseGet(
                    () ->
                        StoryIds.newStoryId(
                            profiles.read(List.of(founder)).get(founder), states.keySet()));
        StoryState state = states.computeIfAbsent(story, StoryState::start);
        for (StoryRegrouping.Joined joined : group.members()) {
          String id = joined.member().id();
          state.add(
              StoryState.unscored(joined.member()),
              joined.match().links(id),
              joined.match().similarities());
          assigned.put(id, story);
        }
        touched.add(story);
      }
    }
  }

  /** The stories matched that the article could join. */
  private Set<String> joinable(Map<String, StoryMatch> matches) {
    Set<String> joinable = new LinkedHashSet<>();
    matches.forEach(
        (story, match) -> {
          if (match.joins(rules)) {
            joinable.add(story);
          }
        });
    return joinable;
  }

  private List<CandidateQuery> queries(
      List<ArticleDocument> ordered, ArticleProfiles profiles, boolean rebuild) {
    List<CandidateQuery> queries = new ArrayList<>();
    for (ArticleDocument article : ordered) {
      queries.add(
          new CandidateQuery(
              article.id(),
              Optional.ofNullable(article.published()),
              rules.windowDays(),
              rebuild,
              article.fingerprint(),
              profiles
                  .terms(article.id())
                  .map(words -> TermWeights.telling(words, QUERY_WORDS))
                  .orElse(List.of()),
              PrincipalEntities.of(article.entities()).all()));
    }
    return queries;
  }

  /** The story's latest members that could be read, together. */
  private static StoryProfile storyProfile(StoryState state, ArticleProfiles profiles) {
    StoryProfile profile = new StoryProfile();
    state.latestMemberIds(MEMBERS_COMPARED).stream()
        .map(profiles::profile)
        .flatMap(Optional::stream)
        .forEach(profile::add);
    return profile;
  }

  private static Member member(ArticleDocument article, ArticleProfile profile) {
    PrincipalEntities entities = profile.entities();
    return new Member(
        article.id(),
        OutletLabel.of(article.outlet(), article.url()),
        article.title(),
        article.published(),
        article.credit(),
        0,
        entities.persons(),
        entities.organizations(),
        entities.places());
  }

  /** Earliest first, undated last; ties by id, so a rebuild places in the same order. */
  static List<ArticleDocument> chronological(List<ArticleDocument> articles) {
    return articles.stream()
        .sorted(
            Comparator.comparing(
                    ArticleDocument::published,
                    Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(ArticleDocument::id))
        .toList();
  }
}
