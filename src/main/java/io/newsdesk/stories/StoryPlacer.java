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
    Map<String, ArticleDocument> documents = new HashMap<>(articleStore.articles(placing));
    place(
        documents,
        states,
        false,
        candidates -> {
          List<String> others = candidates.stream().filter(id -> !placing.contains(id)).toList();
          return storyStore.storiesOf(others);
        });
    return documents.size();
  }

  /**
   * Places every article again, batch by batch in publication order; {@code placed} carries the
   * stories given so far in this rebuild, the only ones a candidate may bring.
   */
  void placeAgain(List<String> articleIds, Map<String, String> placed) {
    Map<String, ArticleDocument> documents = new HashMap<>(articleStore.articles(articleIds));
    Map<String, String> assigned =
        place(
            documents,
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
   * The placing itself, of the articles in {@code documents} (which then gathers their candidates
   * too). {@code storiesOf} tells the stories of candidates placed before this batch; {@code
   * states} holds stories already loaded (and changed).
   */
  private Map<String, String> place(
      Map<String, ArticleDocument> documents,
      Map<String, StoryState> states,
      boolean rebuild,
      Function<Collection<String>, Map<String, String>> storiesOf) {
    List<ArticleDocument> ordered = chronological(List.copyOf(documents.values()));
    Map<String, ArticleTerms> terms = new HashMap<>(articleStore.terms(ids(ordered)));
    Map<String, List<String>> newFingerprints = new HashMap<>();
    List<CandidateQuery> queries = new ArrayList<>();
    for (ArticleDocument article : ordered) {
      List<String> fingerprint = article.fingerprint();
      if (fingerprint == null || fingerprint.isEmpty()) {
        fingerprint = Fingerprints.of(article.title(), article.body());
        newFingerprints.put(article.id(), fingerprint);
      }
      ArticleTerms words = terms.get(article.id());
      queries.add(
          new CandidateQuery(
              article.id(),
              Optional.ofNullable(article.published()),
              rules.windowDays(),
              rebuild,
              fingerprint,
              words == null ? List.of() : TermWeights.telling(words, QUERY_WORDS),
              PrincipalEntities.of(article.entities()).all()));
    }
    Map<String, List<String>> candidates = candidateStore.candidates(queries, CANDIDATES);
    Set<String> candidateIds = new LinkedHashSet<>();
    candidates.values().forEach(candidateIds::addAll);
    Map<String, String> storyOfCandidate = storiesOf.apply(candidateIds);
    // Candidates in no story yet are articles of this batch, placed later in it or not at all.
    Set<String> compared = new LinkedHashSet<>();
    ordered.forEach(a -> compared.add(a.id()));
    candidateIds.stream()
        .filter(id -> storyOfCandidate.containsKey(id) || documents.containsKey(id))
        .forEach(compared::add);
    documents.putAll(
        articleStore.articles(compared.stream().filter(id -> !documents.containsKey(id)).toList()));
    terms.putAll(
        articleStore.terms(compared.stream().filter(id -> !terms.containsKey(id)).toList()));
    Map<String, ArticleProfile> profiles = new HashMap<>();
    for (String id : compared) {
      ArticleDocument document = documents.get(id);
      if (document != null) {
        profiles.put(
            id,
            ArticleProfile.of(
                newFingerprints.containsKey(id)
                    ? document.withFingerprint(newFingerprints.get(id))
                    : document,
                terms.get(id)));
      }
    }
    // Stories the caller changed are written back; a candidate's story only when one joins it.
    Set<String> touched = new LinkedHashSet<>(states.keySet());
    storyStore
        .stories(
            storyOfCandidate.values().stream()
                .distinct()
                .filter(id -> !states.containsKey(id))
                .toList())
        .forEach((id, story) -> states.put(id, StoryState.of(story)));

    Map<String, String> assigned = new LinkedHashMap<>();
    for (ArticleDocument article : ordered) {
      ArticleProfile profile = profiles.get(article.id());
      Map<String, StoryMatch> matches = new HashMap<>();
      for (String candidate : candidates.getOrDefault(article.id(), List.of())) {
        String story =
            assigned.containsKey(candidate)
                ? assigned.get(candidate)
                : storyOfCandidate.get(candidate);
        ArticleProfile other = profiles.get(candidate);
        if (story == null || other == null || !states.containsKey(story)) {
          continue;
        }
        matches
            .computeIfAbsent(story, s -> new StoryMatch())
            .compare(candidate, Affinity.between(profile, other), rules);
      }
      String story =
          matches.entrySet().stream()
              .filter(e -> e.getValue().joins())
              .max(Comparator.comparingDouble(e -> e.getValue().strength()))
              .map(Map.Entry::getKey)
              .orElse(null);
      StoryMatch match = story == null ? new StoryMatch() : matches.get(story);
      if (story == null) {
        story = StoryIds.newStoryId(article, states.keySet());
        states.put(story, StoryState.start(story));
      }
      states
          .get(story)
          .add(member(article, profile), match.links(article.id()), match.similarities());
      assigned.put(article.id(), story);
      touched.add(story);
    }

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
    index.write(stored, deleted, newFingerprints);
    return assigned;
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

  private static List<String> ids(List<ArticleDocument> articles) {
    return articles.stream().map(ArticleDocument::id).toList();
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
