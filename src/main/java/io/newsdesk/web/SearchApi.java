package io.newsdesk.web;

import io.newsdesk.search.ArticleSearch;
import io.newsdesk.search.Facet;
import io.newsdesk.search.SearchResults;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /api/search}: the search page's parameters, answered in JSON. */
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
class SearchApi {

  private final ArticleSearch search;

  SearchApi(ArticleSearch search) {
    this.search = search;
  }

  /** The JSON shape of one page of results. */
  record Response(
      long total,
      long tookMs,
      int page,
      int size,
      List<SearchResults.SearchHit> hits,
      Map<String, Object> facets,
      List<String> notices,
      Optional<String> didYouMean,
      Optional<String> correctedQuery) {}

  @GET
  @Operation(
      summary = "Full-text search with facets",
      description =
          "Parameters: q, person, organization, place, outlet (repeatable), not_person,"
              + " not_organization, not_place, not_outlet, from, to (yyyy-MM-dd),"
              + " sort=relevance|newest|oldest, page, size (1-100), within_person (and the"
              + " like: only facet values containing this text), spelling=as-typed (no"
              + " respelling: corrected_query is set when the results are for a respelled q).")
  public Response search(@Context UriInfo uri) {
    var parameters = uri.getQueryParameters();
    SearchResults results =
        search.search(
            SearchParameters.read(parameters),
            SearchParameters.facetOptions(parameters),
            SearchParameters.spelling(parameters));
    Map<String, Object> facets = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      facets.put(facet.parameter(), results.facets().get(facet));
    }
    facets.put("published", results.published());
    return new Response(
        results.total(),
        results.tookMs(),
        results.page(),
        results.size(),
        results.hits(),
        facets,
        results.notices(),
        results.didYouMean(),
        results.correctedQuery());
  }
}
