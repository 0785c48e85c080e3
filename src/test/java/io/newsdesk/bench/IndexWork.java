package io.newsdesk.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.IndicesStatsResponse;
import co.elastic.clients.elasticsearch.indices.stats.IndexStats;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.index.EntityStore;
import io.newsdesk.index.StoryIndex;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * What Elasticsearch did on an index since its node started (primary shards): documents written,
 * documents fetched by id, searches and scroll pages, refreshes, and the milliseconds each kind of
 * work took (summed over threads). Against the number of articles ingested, it shows work done more
 * than once and where the node's time goes.
 */
record IndexWork(
    String index,
    long writes,
    long gets,
    long searches,
    long scrolls,
    long refreshes,
    Millis millis) {

  /** Time spent writing, getting, searching (query and fetch), refreshing and merging. */
  record Millis(long write, long get, long search, long refresh, long merge) {}

  static List<IndexWork> of(ElasticsearchClient client) throws IOException {
    IndicesStatsResponse stats =
        client
            .indices()
            .stats(s -> s.index(ArticleIndex.ALIAS, EntityStore.ALIAS, StoryIndex.ALIAS));
    return stats.indices().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> of(e.getKey(), e.getValue().primaries()))
        .toList();
  }

  private static IndexWork of(String index, IndexStats primaries) {
    return new IndexWork(
        index,
        primaries.indexing().indexTotal(),
        primaries.get().total(),
        primaries.search().queryTotal(),
        primaries.search().scrollTotal(),
        primaries.refresh().total(),
        new Millis(
            primaries.indexing().indexTimeInMillis(),
            primaries.get().timeInMillis(),
            primaries.search().queryTimeInMillis() + primaries.search().fetchTimeInMillis(),
            primaries.refresh().totalTimeInMillis(),
            primaries.merges().totalTimeInMillis()));
  }
}
