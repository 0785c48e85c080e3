package io.newsdesk.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsdesk.article.Article;
import io.newsdesk.enrich.GeneratedArticles;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.index.BulkLoad;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Puts a generated corpus into the node with bulk requests, entities as the generator wrote them
 * (no NER: that is the ingest benchmark's business). Ids are stable, so loading again only rewrites
 * the same documents; a node that already holds the corpus is left as it is.
 */
final class CorpusLoader {

  private static final int BULK_SIZE = 500;

  private CorpusLoader() {}

  static void ensure(
      ElasticsearchClient client,
      ArticleGenerator generator,
      CorpusEmbeddings embeddings,
      int articles)
      throws Exception {
    long present = client.count(c -> c.index(ArticleIndex.ALIAS)).count();
    if (present >= articles) {
      System.out.printf(Locale.ROOT, "corpus:  %,d articles already in the index%n", present);
      return;
    }
    long start = System.nanoTime();
    List<Future<List<String>>> bulks = new ArrayList<>();
    ExecutorService loaders = Executors.newFixedThreadPool(2);
    try {
      for (int first = 0; first < articles; first += BULK_SIZE) {
        int from = first;
        int to = Math.min(articles, first + BULK_SIZE);
        bulks.add(
            loaders.submit(
                () -> {
                  List<Article> batch = batch(generator, from, to);
                  return BulkLoad.index(
                      client, batch, embeddings.of(generator, batch, from), "bench");
                }));
      }
      List<String> failures = new ArrayList<>();
      // Each tenth's rate shows how the node's cost of indexing an article grows with the index.
      int tenth = Math.max(1, bulks.size() / 10);
      long tenthStart = start;
      int before = 0;
      for (int at = 0; at < bulks.size(); at++) {
        failures.addAll(bulks.get(at).get());
        if ((at + 1) % tenth == 0 || at + 1 == bulks.size()) {
          long now = System.nanoTime();
          int loaded = Math.min(articles, (at + 1) * BULK_SIZE);
          System.out.printf(
              Locale.ROOT,
              "corpus:  %,9d loaded, %.0f articles/s for the last %,d%n",
              loaded,
              (loaded - before) / ((now - tenthStart) / 1e9),
              loaded - before);
          tenthStart = now;
          before = loaded;
        }
      }
      if (!failures.isEmpty()) {
        throw new IllegalStateException(
            failures.size() + " articles not indexed, e.g. " + failures.get(0));
      }
    } finally {
      loaders.shutdown();
    }
    client.indices().refresh(r -> r.index(ArticleIndex.ALIAS));
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "corpus:  %,d articles generated and bulk-loaded in %.0f s (%.0f articles/s)%n",
        articles,
        seconds,
        articles / seconds);
  }

  private static List<Article> batch(ArticleGenerator generator, int from, int to) {
    List<Article> articles = new ArrayList<>();
    for (int n = from; n < to; n++) {
      articles.add(GeneratedArticles.enriched(generator.article(n)));
    }
    return articles;
  }
}
