package io.newsdesk.web;

import io.newsdesk.saved.Owner;
import io.newsdesk.saved.PersonalSearch;
import io.newsdesk.search.FacetOptions;
import io.newsdesk.search.SearchQuery;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Optional;

/** The search page: {@code /} and {@code /search}, every state in the URL, no JavaScript needed. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
class SearchPage {

  private final PersonalSearch search;

  SearchPage(PersonalSearch search) {
    this.search = search;
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
    Optional<Owner> owner = OwnerCookie.read(ownerCookie);
    Optional<String> opened = Optional.ofNullable(parameters.getFirst(SavedControls.SAVED));
    // Read before searching: a malformed value is the reader's error, whatever the results.
    Optional<Instant> newSince =
        SavedControls.newSince(parameters.getFirst(SavedControls.NEW_SINCE));
    PersonalSearch.Page page =
        search.search(query, options, SearchParameters.spelling(parameters), owner, opened);
    SavedControls saved = SavedControls.of(uri, query, page, owner, newSince);
    return Templates.search(
        SearchView.of("/search", query, options, page.results(), saved.keptParameters()), saved);
  }
}
