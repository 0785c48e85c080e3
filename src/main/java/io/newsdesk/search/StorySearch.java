package io.newsdesk.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.index.ElasticCalls;
import io.newsdesk.index.StoryDocument;
import io.newsdesk.index.StoryIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads stories: the latest and the largest among those with articles matching a search (the same
 * text, facets and dates as the search page), a story by id, and the story of an article.
 */
@ApplicationScoped
public class StorySearch {

  /** A search's stories are those of its best matching articles, this many at most. */
  static final int MATCHES = 1000;

  private final ElasticsearchClient client;
  private final StoryLookup lookup;

  StorySearch(ElasticsearchClient client, StoryLookup lookup) {
    this.client = client;
    this.lookup = lookup;
  }

  /** One page of stories in two orders; {@code query}'s page and size apply to both. */
  public record StoryPage(List<StoryDocument> latest, List<StoryDocument> largest) {}

  public StoryPage stories(SearchQuery query) {
    Optional<Query> members = unfiltered(query) ? Optional.empty() : Optional.of(members(query));
    return new StoryPage(
        sorted(query, members, "last_published", "article_count"),
        sorted(query, members, "article_count", "last_published"));
  }

  public Optional<StoryDocument> story(String id) {
    return Optional.ofNullable(lookup.stories(List.of(id)).get(id));
  }

  public Optional<StoryDocument> storyOf(String articleId) {
    return Optional.ofNullable(lookup.storiesOf(List.of(articleId)).get(articleId))
        .flatMap(this::story);
  }

  private static boolean unfiltered(SearchQuery query) {
    return query.text().isBlank()
        && query.include().isEmpty()
        && query.exclude().isEmpty()
        && query.from().isEmpty()
        && query.to().isEmpty();
  }

  /** Stories with any of the search's best matching articles (the newest, for filters alone). */
  private Query members(SearchQuery query) {
    ParsedText text = ParsedText.of(query.text());
    FacetFilters filters = new FacetFilters(query);
    SearchResponse<JsonData> matches =
        ElasticCalls.call(
            () ->
                client.search(
                    s -> {
                      s.index(ArticleIndex.ALIAS)
                          .size(MATCHES)
                          .source(src -> src.fetch(false))
                          .query(q -> q.bool(b -> b.must(text.query()).filter(filters.all())));
                      Sorting.apply(
                          s,
                          query.text().isBlank()
                              ? io.newsdesk.search.SortOrder.NEWEST
                              : io.newsdesk.search.SortOrder.RELEVANCE);
                      return s;
                    },
                    JsonData.class));
    List<FieldValue> ids = matches.hits().hits().stream().map(h -> FieldValue.of(h.id())).toList();
    return Query.of(q -> q.terms(t -> t.field("article_ids").terms(v -> v.value(ids))));
  }

  private List<StoryDocument> sorted(
      SearchQuery query, Optional<Query> members, String first, String then) {
    SearchResponse<StoryDocument> response =
        ElasticCalls.call(
            () ->
                client.search(
                    s -> {
                      s.index(StoryIndex.ALIAS)
                          .from((query.page() - 1) * query.size())
                          .size(query.size())
                          .sort(
                              o ->
                                  o.field(
                                      f -> f.field(first).order(SortOrder.Desc).missing("_last")))
                          .sort(
                              o ->
                                  o.field(
                                      f -> f.field(then).order(SortOrder.Desc).missing("_last")))
                          .sort(o -> o.field(f -> f.field("id")));
                      members.ifPresent(s::query);
                      return s;
                    },
                    StoryDocument.class));
    return response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
  }
}
