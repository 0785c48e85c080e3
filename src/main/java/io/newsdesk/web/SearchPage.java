package io.newsdesk.web;

import io.newsdesk.search.ArticleSearch;
import io.newsdesk.search.FacetOptions;
import io.newsdesk.search.SearchQuery;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** The search page: {@code /} and {@code /search}, every state in the URL, no JavaScript needed. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
class SearchPage {

  private final ArticleSearch search;

  SearchPage(ArticleSearch search) {
    this.search = search;
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance search(SearchView view);
  }

  @GET
  public TemplateInstance home(@Context UriInfo uri) {
    return page(uri);
  }

  @GET
  @Path("search")
  public TemplateInstance search(@Context UriInfo uri) {
    return page(uri);
  }

  private TemplateInstance page(UriInfo uri) {
    var parameters = uri.getQueryParameters();
    SearchQuery query = SearchParameters.read(parameters);
    FacetOptions options = SearchParameters.facetOptions(parameters);
    return Templates.search(
        SearchView.of("/search", query, options, search.search(query, options)));
  }
}
