package io.newsdesk.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.json.JsonData;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The only writer of stories: stores story records, each listing its articles. Writes are visible
 * to the next search at once, since the next placement looks for them.
 */
@ApplicationScoped
public class StoryIndex {

  public static final String ALIAS = "stories";

  private final ElasticsearchClient client;

  StoryIndex(ElasticsearchClient client) {
    this.client = client;
  }

  /** The fingerprint of an article stored before fingerprints existed: the only field added. */
  record Fingerprint(List<String> fingerprint) {}

  /**
   * Stores these stories, deletes those, and adds the fingerprints computed for articles that had
   * none, in one request.
   */
  public void write(
      List<StoryDocument> stories,
      List<String> deletedStories,
      Map<String, List<String>> fingerprints) {
    if (stories.isEmpty() && deletedStories.isEmpty() && fingerprints.isEmpty()) {
      return;
    }
    BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
    for (StoryDocument story : stories) {
      bulk.operations(op -> op.index(i -> i.index(ALIAS).id(story.id()).document(story)));
    }
    for (String id : deletedStories) {
      bulk.operations(op -> op.delete(d -> d.index(ALIAS).id(id)));
    }
    fingerprints.forEach(
        (article, keys) ->
            bulk.operations(
                op ->
                    op.update(
                        u ->
                            u.index(ArticleIndex.ALIAS)
                                .id(article)
                                .action(a -> a.doc(new Fingerprint(keys))))));
    BulkResponse response = ElasticCalls.call(() -> client.bulk(bulk.build()));
    if (response.errors()) {
      String reason =
          response.items().stream()
              .filter(item -> item.error() != null)
              .map(item -> item.id() + ": " + item.error().reason())
              .findFirst()
              .orElse("");
      throw new IllegalStateException("Writing stories failed for some documents, e.g. " + reason);
    }
  }

  /** Deletes the stories not written since {@code cutoff}: what a rebuild left behind. */
  public long deleteUpdatedBefore(Instant cutoff) {
    Query notUpdated =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.mustNot(
                            m ->
                                m.range(
                                    r ->
                                        r.date(
                                            d -> d.field("updated_at").gte(cutoff.toString()))))));
    return ElasticCalls.call(
        () -> {
          AtomicLong deleted = new AtomicLong();
          Scroll.each(
              client,
              ALIAS,
              notUpdated,
              1000,
              JsonData.class,
              hits -> {
                BulkRequest.Builder bulk = new BulkRequest.Builder();
                hits.forEach(h -> bulk.operations(op -> op.delete(d -> d.index(ALIAS).id(h.id()))));
                client.bulk(bulk.build());
                deleted.addAndGet(hits.size());
              });
          client.indices().refresh(r -> r.index(ALIAS));
          return deleted.get();
        });
  }
}
