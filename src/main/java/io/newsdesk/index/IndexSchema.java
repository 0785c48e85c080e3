package io.newsdesk.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.BackendUnavailableException;
import io.newsdesk.article.ArticleText;
import io.newsdesk.article.TextEmbedding;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Makes every logical index exist behind its alias, in the version its mapping file names. A newer
 * mapping is copied into a new versioned index and the alias swapped in one step, so searches never
 * see a missing or half-built index.
 */
@ApplicationScoped
public class IndexSchema {

  /** The logical indices, each with a file in {@code index-mappings/}. */
  public static final List<String> ALIASES =
      List.of(
          "articles",
          "entities",
          "saved-searches",
          "stars",
          "carry-links",
          "stories",
          "alerts",
          "alert-deliveries",
          "locks");

  static final String EMBEDDING = ArticleIndex.EMBEDDING;

  private static final Logger LOG = Logger.getLogger(IndexSchema.class);

  private final ElasticsearchClient client;
  private final TextEmbedding embedder;
  private volatile boolean ready;
  private volatile boolean started;

  IndexSchema(ElasticsearchClient client, TextEmbedding embedder) {
    this.client = client;
    this.embedder = embedder;
  }

  void onStart(@Observes @Priority(10) StartupEvent event) {
    started = true;
    ensureReady();
  }

  /** Retries in the background when Elasticsearch was not there at startup. */
  @Scheduled(
      every = "10s",
      delayed = "10s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void retryUntilReady() {
    if (started && !ready) {
      ensureReady();
    }
  }

  public boolean ready() {
    return ready;
  }

  /** Creates or migrates every index; true when all are in place. */
  public synchronized boolean ensureReady() {
    try {
      for (String alias : ALIASES) {
        apply(IndexMapping.load(alias));
      }
      ready = true;
    } catch (BackendUnavailableException e) {
      LOG.warnf("Elasticsearch is not reachable yet (%s); will retry", e.getCause().getMessage());
    }
    return ready;
  }

  /** Creates, keeps or migrates the index behind one alias. */
  public void apply(IndexMapping mapping) {
    Set<String> current =
        ElasticCalls.call(
            () ->
                client.indices().existsAlias(a -> a.name(mapping.alias())).value()
                    ? client.indices().getAlias(a -> a.name(mapping.alias())).result().keySet()
                    : Set.of());
    if (current.isEmpty()) {
      create(mapping);
      ElasticCalls.call(
          () -> client.indices().putAlias(a -> a.index(mapping.indexName()).name(mapping.alias())));
      LOG.infof("Created %s behind alias %s", mapping.indexName(), mapping.alias());
      return;
    }
    String existing = current.iterator().next();
    int existingVersion = versionOf(existing);
    if (existingVersion == mapping.version()) {
      return;
    }
    if (existingVersion > mapping.version()) {
      LOG.warnf(
          "%s is newer than this portal's mapping (v%d); leaving it as it is",
          existing, mapping.version());
      return;
    }
    migrate(existing, mapping);
  }

  private void migrate(String from, IndexMapping mapping) {
    LOG.infof("Migrating %s to %s", from, mapping.indexName());
    create(mapping);
    long copied = copyAll(from, mapping.indexName(), embedsArticles(mapping));
    ElasticCalls.call(
        () ->
            client
                .indices()
                .updateAliases(
                    u ->
                        u.actions(a -> a.remove(r -> r.index(from).alias(mapping.alias())))
                            .actions(
                                a ->
                                    a.add(
                                        add ->
                                            add.index(mapping.indexName())
                                                .alias(mapping.alias())))));
    LOG.infof(
        "Alias %s now points at %s (%d documents copied; %s kept for rollback)",
        mapping.alias(), mapping.indexName(), copied, from);
  }

  private void create(IndexMapping mapping) {
    boolean exists =
        ElasticCalls.call(() -> client.indices().exists(e -> e.index(mapping.indexName())).value());
    if (!exists) {
      ElasticCalls.call(
          () ->
              client
                  .indices()
                  .create(
                      c ->
                          c.index(mapping.indexName()).withJson(new StringReader(mapping.body()))));
    }
  }

  /** A mapping with an {@code embedding} field wants one for every article copied into it. */
  private boolean embedsArticles(IndexMapping mapping) {
    return embedder.enabled()
        && mapping.properties().path(EMBEDDING).path("type").asText().equals("dense_vector");
  }

  /**
   * Copies documents with scroll and bulk: the minimal distribution has no {@code _reindex}, and
   * the same code then works on every cluster. Copied articles without an embedding get one here,
   * so search by meaning finds the whole corpus as soon as the alias moves.
   */
  private long copyAll(String from, String to, boolean embed) {
    return ElasticCalls.call(
        () -> {
          long[] copied = {0};
          Scroll.each(
              client,
              from,
              Scroll.all(),
              embed ? 100 : 500,
              ObjectNode.class,
              hits -> copied[0] += bulkCopy(hits, to, embed));
          client.indices().refresh(r -> r.index(to));
          return copied[0];
        });
  }

  private long bulkCopy(List<Hit<ObjectNode>> hits, String to, boolean embed) throws IOException {
    if (embed) {
      addEmbeddings(hits.stream().map(Hit::source).filter(d -> !d.has(EMBEDDING)).toList());
    }
    BulkRequest.Builder bulk = new BulkRequest.Builder();
    for (Hit<ObjectNode> hit : hits) {
      bulk.operations(op -> op.index(i -> i.index(to).id(hit.id()).document(hit.source())));
    }
    var response = client.bulk(bulk.build());
    if (response.errors()) {
      throw new IllegalStateException("Copy into " + to + " failed for some documents");
    }
    return hits.size();
  }

  private void addEmbeddings(List<ObjectNode> documents) {
    List<Optional<float[]>> vectors =
        embedder.articles(
            documents.stream()
                .map(d -> new ArticleText(d.path("title").asText(""), d.path("body").asText("")))
                .toList());
    for (int i = 0; i < documents.size(); i++) {
      ObjectNode document = documents.get(i);
      vectors
          .get(i)
          .ifPresent(
              vector -> {
                ArrayNode values = document.putArray(EMBEDDING);
                for (float value : vector) {
                  values.add(value);
                }
              });
    }
  }

  private static int versionOf(String indexName) {
    int at = indexName.lastIndexOf("-v");
    try {
      return at < 0 ? 0 : Integer.parseInt(indexName.substring(at + 2));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
