package io.newsdesk.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpUtils;

/** The Elasticsearch request body {@link ArticleSearch} sends for a query, as JSON. */
public final class SearchRequests {

  private SearchRequests() {}

  public static String json(ElasticsearchClient client, SearchQuery query) {
    EntityNames names = new EntityNames(client);
    var request =
        new ArticleSearch(client, names)
            .request(query, FacetOptions.none(), ParsedText.of(query.text(), names));
    return JsonpUtils.toJsonString(request, client._jsonpMapper());
  }
}
