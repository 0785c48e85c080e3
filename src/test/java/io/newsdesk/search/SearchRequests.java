package io.newsdesk.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpUtils;
import io.newsdesk.enrich.SentenceEmbedder;

/** The Elasticsearch request body {@link ArticleSearch} sends for a query, as JSON. */
public final class SearchRequests {

  // The portal's own setting is not known here: the benchmark runs it with embeddings on.
  private static final SentenceEmbedder EMBEDDER =
      new SentenceEmbedder(Boolean.parseBoolean(System.getProperty("embeddings", "true")));

  private SearchRequests() {}

  public static String json(ElasticsearchClient client, SearchQuery query) {
    SearchMatches matches = new SearchMatches(new EntityNames(client), EMBEDDER);
    var request =
        new ArticleSearch(client, matches)
            .request(query, FacetOptions.none(), matches.text(query.text()));
    return JsonpUtils.toJsonString(request, client._jsonpMapper());
  }
}
