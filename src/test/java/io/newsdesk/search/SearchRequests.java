package io.newsdesk.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpUtils;

/** The Elasticsearch request body {@link ArticleSearch} sends for a query, as JSON. */
public final class SearchRequests {

  private SearchRequests() {}

  public static String json(ElasticsearchClient client, SearchQuery query) {
    var request =
        new ArticleSearch(client).request(query, FacetOptions.none(), ParsedText.of(query.text()));
    return JsonpUtils.toJsonString(request, client._jsonpMapper());
  }
}
