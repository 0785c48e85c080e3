package io.newsdesk.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Documents by id, a chunk a request; ids not found are left out. */
public final class MultiGet {

  private MultiGet() {}

  /**
   * @param excluded source fields not worth carrying back (an embedding, when only the text is
   *     compared)
   */
  public static <T> Map<String, T> found(
      ElasticsearchClient client,
      String alias,
      Collection<String> ids,
      Class<T> type,
      List<String> excluded) {
    Map<String, T> found = new LinkedHashMap<>();
    for (List<String> chunk : Chunks.of(ids)) {
      var response =
          ElasticCalls.call(
              () -> client.mget(m -> m.index(alias).ids(chunk).sourceExcludes(excluded), type));
      for (var item : response.docs()) {
        if (item.isResult() && item.result().found()) {
          found.put(item.result().id(), item.result().source());
        }
      }
    }
    return found;
  }
}
