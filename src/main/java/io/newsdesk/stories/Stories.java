package io.newsdesk.stories;

import io.newsdesk.NewsdeskConfig;
import io.newsdesk.article.Article;
import io.newsdesk.index.ArticleDocument;
import io.newsdesk.index.StoryDocument;
import io.newsdesk.index.StoryIndex;
import io.newsdesk.search.ArticleSearch;
import io.newsdesk.search.SearchQuery;
import io.newsdesk.search.SearchResults;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Stories: the coverage of one event by several outlets, with the copies and rewrites among it.
 * Ingest fingerprints each article and places it in a story; a rebuild places every article again;
 * the pages read stories, and compare a story's outlets.
 */
@ApplicationScoped
public class Stories {

  private static final Logger LOG = Logger.getLogger(Stories.class);

  /** Articles a rebuild reads and places at a time. */
  static final int REBUILD_BATCH = 250;

  private final StoryStore stories;
  private final ArticleStore articles;
  private final StoryIndex index;
  private final StoryPlacer placer;
  private final ArticleSearch search;
  private final Clock clock = Clock.systemUTC();
  // Placing reads stories and writes them back: two placements at once would lose members.
  private final ReentrantLock placing = new ReentrantLock();

  Stories(
      NewsdeskConfig config,
      StoryStore stories,
      ArticleStore articles,
      CandidateStore candidates,
      StoryIndex index,
      ArticleSearch search) {
    this.stories = stories;
    this.search = search;
    this.articles = articles;
    this.index = index;
    this.placer =
        new StoryPlacer(
            stories,
            articles,
            candidates,
            index,
            new StoryRules(config.stories().windowDays(), config.stories().minSimilarity()),
            clock);
  }

  /** The text fingerprint stored with the article: LSH band keys of its MinHash. */
  public List<String> fingerprint(Article article) {
    return Fingerprints.of(article.title(), article.body());
  }

  /**
   * Places new and changed articles in stories (a changed one first leaves its story), and
   * unchanged ones that are in none (stored before stories existed); returns how many were placed.
   */
  public int place(List<String> changed, List<String> unchanged) {
    placing.lock();
    try {
      return placer.place(changed, unchanged);
    } finally {
      placing.unlock();
    }
  }

  /** What a rebuild did. */
  public record Rebuild(long articles, long stories, long removed, Duration took) {}

  /** Places every article again, in publication order, and removes the stories left over. */
  public Rebuild rebuild() {
    placing.lock();
    try {
      Instant start = clock.instant();
      Map<String, String> placed = new HashMap<>();
      articles.inPublicationOrder(REBUILD_BATCH, batch -> placer.placeAgain(batch, placed));
      long removed = index.deleteUpdatedBefore(start);
      Rebuild rebuild =
          new Rebuild(
              placed.size(),
              new HashSet<>(placed.values()).size(),
              removed,
              Duration.between(start, clock.instant()));
      LOG.infof(
          "Rebuilt stories: %d articles in %d stories, %d old stories removed, in %s",
          rebuild.articles(), rebuild.stories(), rebuild.removed(), rebuild.took());
      return rebuild;
    } finally {
      placing.unlock();
    }
  }

  /** The latest and the largest stories with articles matching the search. */
  public record StoryLists(List<StorySummary> latest, List<StorySummary> largest) {}

  /** The stories page: the story lists, and the article search they come from (facets, total). */
  public record ListPage(StoryLists lists, SearchResults articles) {}

  public ListPage listPage(SearchQuery query) {
    return new ListPage(list(query), search.search(query));
  }

  public StoryLists list(SearchQuery query) {
    StoryStore.StoryPage page = stories.stories(query);
    return new StoryLists(summaries(page.latest()), summaries(page.largest()));
  }

  public Optional<StorySummary> story(String id) {
    return stories.story(id).map(StorySummary::of);
  }

  /** The story an article is in, if it is in one. */
  public Optional<StorySummary> storyOf(String articleId) {
    return stories.storyOf(articleId).map(StorySummary::of);
  }

  /** The story with its outlets compared side by side. */
  public Optional<StoryCoverage> coverage(String id) {
    return stories.story(id).map(this::coverage);
  }

  private StoryCoverage coverage(StoryDocument document) {
    StorySummary story = StorySummary.of(document);
    Map<String, ArticleDocument> documents = articles.articles(document.articleIds());
    Map<String, List<StoryArticle>> byOutlet = new LinkedHashMap<>();
    Map<String, StringBuilder> texts = new LinkedHashMap<>();
    for (StoryArticle article : story.articles()) {
      byOutlet.computeIfAbsent(article.outlet(), o -> new ArrayList<>()).add(article);
      ArticleDocument stored = documents.get(article.id());
      if (stored != null) {
        texts
            .computeIfAbsent(article.outlet(), o -> new StringBuilder())
            .append(Fingerprints.text(stored.title(), stored.body()))
            .append("\n\n");
      }
    }
    List<CoverageComparison.OutletText> outletTexts = new ArrayList<>();
    texts.forEach(
        (outlet, text) ->
            outletTexts.add(new CoverageComparison.OutletText(outlet, text.toString())));
    Map<String, CoverageComparison.Findings> findings = CoverageComparison.compare(outletTexts);
    List<StoryCoverage.OutletCoverage> outlets = new ArrayList<>();
    byOutlet.forEach(
        (outlet, members) -> {
          CoverageComparison.Findings found =
              findings.getOrDefault(
                  outlet, new CoverageComparison.Findings(List.of(), List.of(), List.of()));
          outlets.add(
              new StoryCoverage.OutletCoverage(
                  outlet, members, found.distinctiveTerms(), found.ownQuotes(), found.shared()));
        });
    return new StoryCoverage(story, outlets);
  }

  private static List<StorySummary> summaries(List<StoryDocument> stories) {
    return stories.stream().map(StorySummary::of).toList();
  }
}
