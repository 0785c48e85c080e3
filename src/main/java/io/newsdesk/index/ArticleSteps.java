package io.newsdesk.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What each stored article still has to go through after indexing ({@link PendingStep}): recorded
 * as each step is done, and looked up to finish what a crashed portal left undone.
 */
@ApplicationScoped
public class ArticleSteps {

  private final ElasticsearchClient client;

  ArticleSteps(ElasticsearchClient client) {
    this.client = client;
  }

  /** An article with steps left, as stored. */
  public record Unfinished(ArticleDocument document, Set<PendingStep> steps) {}

  /** The partial document that records the steps left. */
  record Remaining(List<String> pendingSteps) {}

  /**
   * Records that these articles have only {@code remaining} left (none: they are done). {@code
   * visibleNow} refreshes, for a step that next reads the articles by search and writes them back
   * whole (the renames), which must not write back the steps as they were.
   */
  public void remaining(Collection<String> ids, List<PendingStep> remaining, boolean visibleNow) {
    if (ids.isEmpty()) {
      return;
    }
    Remaining partial = new Remaining(PendingStep.names(remaining));
    BulkRequest.Builder bulk = new BulkRequest.Builder();
    if (visibleNow) {
      bulk.refresh(Refresh.True);
    }
    for (String id : ids) {
      bulk.operations(
          op ->
              op.update(
                  u ->
                      u.index(ArticleIndex.ALIAS)
                          .id(id)
                          .retryOnConflict(3)
                          .action(a -> a.doc(partial))));
    }
    ElasticCalls.call(() -> client.bulk(bulk.build()));
  }

  /** Up to {@code limit} articles with steps left since before {@code before}, oldest first. */
  public List<Unfinished> unfinished(Instant before, int limit) {
    var response =
        ElasticCalls.call(
            () ->
                client.search(
                    s ->
                        s.index(ArticleIndex.ALIAS)
                            .size(limit)
                            .query(
                                q ->
                                    q.bool(
                                        b ->
                                            b.filter(f -> f.exists(e -> e.field("pending_steps")))
                                                .filter(
                                                    f ->
                                                        f.range(
                                                            r ->
                                                                r.date(
                                                                    d ->
                                                                        d.field("pending_since")
                                                                            .lt(
                                                                                before
                                                                                    .toString()))))))
                            .sort(o -> o.field(f -> f.field("pending_since").order(SortOrder.Asc))),
                    ArticleDocument.class));
    return response.hits().hits().stream()
        .map(hit -> new Unfinished(hit.source(), PendingStep.of(hit.source().pendingSteps())))
        .filter(unfinished -> !unfinished.steps().isEmpty())
        .toList();
  }
}
