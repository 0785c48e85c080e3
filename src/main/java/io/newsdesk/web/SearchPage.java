package io.newsdesk.web;

import io.newsdesk.saved.SavedSearches;
import io.newsdesk.saved.Stars;
import io.newsdesk.search.ArticleSearch;
import io.newsdesk.search.FacetOptions;
import io.newsdesk.search.SearchQuery;
import io.newsdesk.search.SearchResults;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.CookieParam;
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
  private final SavedSearches savedSearches;
  private final Stars stars;

  SearchPage(ArticleSearch search, SavedSearches savedSearches, Stars stars) {
    this.search = search;
    this.savedSearches = savedSearches;
    this.stars = stars;
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance search(SearchView view, SavedControls saved);
  }

  @GET
  public TemplateInstance home(
      @Context UriInfo uri, @CookieParam(OwnerCookie.NAME) String ownerCookie) {
    return page(uri, ownerCookie);
  }

  @GET
  @Path("search")
  public TemplateInstance search(
      @Context UriInfo uri, @CookieParam(OwnerCookie.NAME) String ownerCookie) {
    return page(uri, ownerCookie);
  }

  private TemplateInstance page(UriInfo uri, String ownerCookie) {
    var parameters = uri.getQueryParameters();
    SearchQuery query = SearchParameters.read(parameters);
    FacetOptions options = SearchParameters.facetOptions(parameters);
    SearchResults results = search.search(query, options, SearchParameters.spelling(parameters));
    SavedControls saved =
        SavedControls.of(uri, query, results, OwnerCookie.read(ownerCookie), savedSearches, stars);
    return Templates.search(
        SearchView.of("/search", query, options, results, saved.keptParameters()), saved);
  }
}
