package io.newsdesk.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.newsdesk.article.Article;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Writes articles as {@link ArticleIndex#upsert} stores them, for loading a large corpus fast: no
 * look-up of stored hashes (the corpus is new or the same again) and no wait for a refresh.
 */
public final class BulkLoad {

  private BulkLoad() {}

  /**
   * Indexes the articles, each with its embedding (the same order), in one bulk request; returns
   * the reasons of those that failed.
   */
  public static List<String> index(
      ElasticsearchClient client,
      List<Article> articles,
      List<Optional<float[]>> embeddings,
      String source)
      throws IOException {
    BulkRequest.Builder bulk = new BulkRequest.Builder();
    Instant now = Instant.now();
    for (int at = 0; at < articles.size(); at++) {
      Article article = articles.get(at);
      ArticleDocument document =
          ArticleDocument.of(
              article, List.of(), source, now, List.of(), now, embeddings.get(at).orElse(null));
      bulk.operations(
          op -> op.index(i -> i.index(ArticleIndex.ALIAS).id(article.id()).document(document)));
    }
    return client.bulk(bulk.build()).items().stream()
        .filter(item -> item.error() != null)
        .map(BulkResponseItem::error)
        .map(error -> error.type() + ": " + error.reason())
        .toList();
  }
}
