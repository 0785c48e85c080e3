package io.newsdesk.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsdesk.NewsdeskConfig;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.index.ElasticCalls;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Every match of a search, however many: a point in time keeps the set still while {@code
 * search_after} pages through it in the search's order, so there is no result window and only one
 * page is held at a time.
 */
@ApplicationScoped
public class ArticleExport {

  private static final String KEEP_ALIVE = "2m";
  private static final List<String> SOURCE_FIELDS =
      List.of(
          "title", "outlet", "published", "url", "persons", "organizations", "places", "language");

  private final ElasticsearchClient client;
  private final SearchMatches matches;
  private final StoryMembership stories;
  private final int pageSize;

  ArticleExport(
      ElasticsearchClient client,
      SearchMatches matches,
      StoryMembership stories,
      NewsdeskConfig config) {
    this.client = client;
    this.matches = matches;
    this.stories = stories;
    this.pageSize = config.export().pageSize();
  }

  /** What receives the rows, one page at a time. */
  @FunctionalInterface
  public interface Rows {
    void accept(List<ExportRow> page) throws IOException;
  }

  /**
   * Opens a walk over the query's matches and reads its first page, so a bad query fails here,
   * before anything is sent. The caller closes it.
   */
  public Walk open(SearchQuery query) {
    Query matching = matches.matches(query);
    String pit =
        ElasticCalls.call(
                () ->
                    client.openPointInTime(
                        o -> o.index(ArticleIndex.ALIAS).keepAlive(k -> k.time(KEEP_ALIVE))))
            .id();
    Walk walk = new Walk(matching, query.sort(), pit);
    try {
      walk.fetch(true);
      return walk;
    } catch (RuntimeException e) {
      walk.close();
      throw e;
    }
  }

  /** One export in progress: its total, then its rows. */
  public final class Walk implements AutoCloseable {

    private final Query matching;
    private final ResultOrder order;
    private String pit;
    private long total;
    private List<Hit<Source>> page = List.of();

    private Walk(Query matching, ResultOrder order, String pit) {
      this.matching = matching;
      this.order = order;
      this.pit = pit;
    }

    /** How many rows the walk gives. */
    public long total() {
      return total;
    }

    /** Hands every match over, a page at a time, in the search's order. */
    public void forEach(Rows rows) throws IOException {
      while (!page.isEmpty()) {
        rows.accept(rowsOf(page));
        if (page.size() < pageSize) {
          return;
        }
        fetch(false);
      }
    }

    private void fetch(boolean first) {
      List<FieldValue> after = page.isEmpty() ? null : page.get(page.size() - 1).sort();
      String current = pit;
      SearchResponse<Source> response =
          ElasticCalls.call(
              () ->
                  client.search(
                      s -> {
                        s.pit(p -> p.id(current).keepAlive(k -> k.time(KEEP_ALIVE)))
                            .query(matching)
                            .size(pageSize)
                            .trackTotalHits(t -> t.enabled(first))
                            .source(src -> src.filter(f -> f.includes(SOURCE_FIELDS)))
                            .sort(Sorting.options(order));
                        if (after != null) {
                          s.searchAfter(after);
                        }
                        return s;
                      },
                      Source.class));
      if (response.pitId() != null) {
        pit = response.pitId();
      }
      if (first) {
        total = response.hits().total() == null ? 0 : response.hits().total().value();
      }
      page = response.hits().hits();
    }

    private List<ExportRow> rowsOf(List<Hit<Source>> hits) {
      Map<String, String> storyOf = stories.storiesOf(hits.stream().map(Hit::id).toList());
      return hits.stream()
          .map(
              hit -> {
                Source s = hit.source();
                return new ExportRow(
                    hit.id(),
                    s.title(),
                    s.outlet(),
                    s.published(),
                    s.url(),
                    orEmpty(s.persons()),
                    orEmpty(s.organizations()),
                    orEmpty(s.places()),
                    storyOf.get(hit.id()),
                    s.language());
              })
          .toList();
    }

    @Override
    public void close() {
      String current = pit;
      ElasticCalls.call(() -> client.closePointInTime(c -> c.id(current)));
    }
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values;
  }

  /** The stored fields an export reads. */
  record Source(
      String title,
      String outlet,
      LocalDate published,
      String url,
      List<String> persons,
      List<String> organizations,
      List<String> places,
      String language) {}
}
