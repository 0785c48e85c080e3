package io.newsdesk.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleText;
import io.newsdesk.article.IndexStatus;
import io.newsdesk.article.TextEmbedding;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The only writer of articles: stores them by stable id, telling new, changed and unchanged. */
@ApplicationScoped
public class ArticleIndex {

  public static final String ALIAS = "articles";

  /** The field holding an article's sentence embedding (search by meaning). */
  public static final String EMBEDDING = "embedding";

  private final ElasticsearchClient client;
  private final TextEmbedding embedder;
  private final Clock clock;

  ArticleIndex(ElasticsearchClient client, TextEmbedding embedder) {
    this.client = client;
    this.embedder = embedder;
    this.clock = Clock.systemUTC();
  }

  /**
   * An article to store, the name of the input it came from, when it first arrived (kept when an
   * article is re-processed, so it does not count as new again), and its text fingerprint (LSH band
   * keys; empty when not computed, as for hand-built test articles).
   */
  public record Entry(
      Article article, String source, Optional<Instant> ingestedAt, List<String> fingerprint) {

    public Entry(Article article, String source) {
      this(article, source, List.of());
    }

    public Entry(Article article, String source, List<String> fingerprint) {
      this(article, source, Optional.empty(), fingerprint);
    }
  }

  /** Stores the entries in one bulk request; outcomes come back in the entries' order. */
  public List<IndexOutcome> upsert(List<Entry> entries) {
    return upsert(
        entries,
        storedContentHashes(entries.stream().map(e -> e.article().id()).toList()),
        PendingStep.ALL);
  }

  /**
   * The same, for a caller that has just read the stored content hashes ({@link
   * #storedContentHashes}): unchanged texts are told from them without reading them again; the
   * articles written record that these steps are still to be done.
   */
  public List<IndexOutcome> upsert(
      List<Entry> entries, Map<String, String> storedHashes, List<PendingStep> pending) {
    return write(entries, new HashMap<>(storedHashes), pending);
  }

  /**
   * Stores the entries even when their text is unchanged: for re-processing, where what changed is
   * what was derived from the text (entities after a curation).
   */
  public List<IndexOutcome> replace(List<Entry> entries) {
    return write(entries, new HashMap<>(), List.of());
  }

  /** The same, recording that these steps are still to be done for them. */
  public List<IndexOutcome> replace(List<Entry> entries, List<PendingStep> pending) {
    return write(entries, new HashMap<>(), pending);
  }

  private List<IndexOutcome> write(
      List<Entry> entries, Map<String, String> knownHashes, List<PendingStep> pending) {
    List<IndexOutcome> outcomes = new ArrayList<>();
    BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.WaitFor);
    List<Integer> written = new ArrayList<>();
    List<Entry> changed = new ArrayList<>();
    for (Entry entry : entries) {
      Article article = entry.article();
      String previous = knownHashes.put(article.id(), article.contentHash());
      if (article.contentHash().equals(previous)) {
        outcomes.add(IndexOutcome.of(article.id(), IndexStatus.UNCHANGED));
        continue;
      }
      written.add(outcomes.size());
      changed.add(entry);
      outcomes.add(
          IndexOutcome.of(
              article.id(), previous == null ? IndexStatus.INDEXED : IndexStatus.UPDATED));
    }
    List<Optional<float[]>> embeddings =
        embedder.articles(
            changed.stream()
                .map(e -> new ArticleText(e.article().title(), e.article().body()))
                .toList());
    Instant now = clock.instant();
    for (int i = 0; i < changed.size(); i++) {
      Entry entry = changed.get(i);
      Article article = entry.article();
      ArticleDocument document =
          ArticleDocument.of(
              article,
              entry.fingerprint(),
              entry.source(),
              entry.ingestedAt().orElse(now),
              pending,
              now,
              embeddings.get(i).orElse(null));
      bulk.operations(op -> op.index(x -> x.index(ALIAS).id(article.id()).document(document)));
    }
    if (!written.isEmpty()) {
      BulkResponse response = ElasticCalls.call(() -> client.bulk(bulk.build()));
      List<BulkResponseItem> items = response.items();
      for (int i = 0; i < items.size(); i++) {
        BulkResponseItem item = items.get(i);
        if (item.error() != null) {
          outcomes.set(
              written.get(i),
              IndexOutcome.rejected(item.id(), "Elasticsearch: " + item.error().reason()));
        }
      }
    }
    return outcomes;
  }

  /** Every stored article, a page at a time, for maintenance that re-processes the corpus. */
  public void forEachStored(int pageSize, Consumer<List<ArticleDocument>> page) {
    ElasticCalls.call(
        () -> {
          Scroll.each(
              client,
              ALIAS,
              Scroll.all(),
              pageSize,
              ArticleDocument.class,
              hits -> page.accept(hits.stream().map(h -> h.source()).toList()));
          return null;
        });
  }

  public long count() {
    return ElasticCalls.call(() -> client.count(c -> c.index(ALIAS)).count());
  }

  /** The content hash of each of these articles that is stored. */
  public Map<String, String> storedContentHashes(Collection<String> articleIds) {
    List<String> ids = articleIds.stream().distinct().toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    var response =
        ElasticCalls.call(
            () ->
                client.mget(
                    m -> m.index(ALIAS).ids(ids).sourceIncludes("content_hash"), HashOnly.class));
    Map<String, String> hashes = new HashMap<>();
    for (MultiGetResponseItem<HashOnly> item : response.docs()) {
      if (item.isResult() && item.result().found() && item.result().source() != null) {
        hashes.put(item.result().id(), item.result().source().contentHash());
      }
    }
    return hashes;
  }

  /** Only the field needed to tell an unchanged article. */
  record HashOnly(String contentHash) {}
}
