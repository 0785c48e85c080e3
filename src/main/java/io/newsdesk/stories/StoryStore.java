package io.newsdesk.stories;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsdesk.index.ElasticCalls;
import io.newsdesk.index.MultiGet;
import io.newsdesk.index.StoryDocument;
import io.newsdesk.index.StoryIndex;
import io.newsdesk.search.BestMatches;
import io.newsdesk.search.SearchQuery;
import io.newsdesk.search.StoryMembership;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads stories: by id, the story of an article, and the latest and the largest among those with
 * articles matching a search (the same text, facets and dates as the search page).
 */
@ApplicationScoped
public class StoryStore {

  /** A search's stories are those of its best matching articles, this many at most. */
  static final int MATCHES = 1000;

  private final ElasticsearchClient client;
  private final StoryMembership membership;
  private final BestMatches bestMatches;

  StoryStore(ElasticsearchClient client, StoryMembership membership, BestMatches bestMatches) {
    this.client = client;
    this.membership = membership;
    this.bestMatches = bestMatches;
  }

  /** The stored stories with these ids; missing ones are left out. */
  public Map<String, StoryDocument> stories(Collection<String> ids) {
    return MultiGet.found(client, StoryIndex.ALIAS, ids, StoryDocument.class, List.of());
  }

  /** The story of each of these articles that is in one: see {@link StoryMembership}. */
  public Map<String, String> storiesOf(Collection<String> articleIds) {
    return membership.storiesOf(articleIds);
  }

  public Optional<StoryDocument> story(String id) {
    return Optional.ofNullable(stories(List.of(id)).get(id));
  }

  public Optional<StoryDocument> storyOf(String articleId) {
    return Optional.ofNullable(storiesOf(List.of(articleId)).get(articleId)).flatMap(this::story);
  }

  /** One page of stories in two orders; {@code query}'s page and size apply to both. */
  public record StoryPage(List<StoryDocument> latest, List<StoryDocument> largest) {}

  public StoryPage stories(SearchQuery query) {
    Optional<Query> members = unfiltered(query) ? Optional.empty() : Optional.of(members(query));
    return new StoryPage(
        sorted(query, members, "last_published", "article_count"),
        sorted(query, members, "article_count", "last_published"));
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
    List<FieldValue> ids = bestMatches.ids(query, MATCHES).stream().map(FieldValue::of).toList();
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
