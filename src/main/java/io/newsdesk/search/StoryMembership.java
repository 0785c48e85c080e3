package io.newsdesk.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsdesk.index.Chunks;
import io.newsdesk.index.ElasticCalls;
import io.newsdesk.index.StoryIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which story each article is in, read from the story index: a column of the export, and what
 * placing articles in stories starts from.
 */
@ApplicationScoped
public class StoryMembership {

  private final ElasticsearchClient client;

  StoryMembership(ElasticsearchClient client) {
    this.client = client;
  }

  /**
   * The story of each of these articles that is in one; while a rebuild runs an article can be in
   * an old story and a new one, and the newer wins.
   */
  public Map<String, String> storiesOf(Collection<String> articleIds) {
    Map<String, String> stories = new HashMap<>();
    for (List<String> chunk : Chunks.of(articleIds)) {
      List<FieldValue> values = chunk.stream().map(FieldValue::of).toList();
      Set<String> wanted = new HashSet<>(chunk);
      SearchResponse<ArticleIds> response =
          ElasticCalls.call(
              () ->
                  client.search(
                      s ->
                          s.index(StoryIndex.ALIAS)
                              .size(2 * chunk.size())
                              .source(src -> src.filter(f -> f.includes("article_ids")))
                              .query(
                                  q ->
                                      q.terms(
                                          t -> t.field("article_ids").terms(v -> v.value(values))))
                              .sort(o -> o.field(f -> f.field("updated_at").order(SortOrder.Asc))),
                      ArticleIds.class));
      for (Hit<ArticleIds> hit : response.hits().hits()) {
        for (String article : hit.source().articleIds()) {
          if (wanted.contains(article)) {
            stories.put(article, hit.id());
          }
        }
      }
    }
    return stories;
  }

  /** Only a story's member list. */
  record ArticleIds(List<String> articleIds) {}
}
