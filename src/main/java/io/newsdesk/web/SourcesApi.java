package io.newsdesk.web;

import io.newsdesk.search.SearchResults;
import io.newsdesk.search.SourceSearch;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /api/sources}: a search's results grouped by outlet. */
@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
class SourcesApi {

  private final SourceSearch sources;

  SourcesApi(SourceSearch sources) {
    this.sources = sources;
  }

  /** The JSON shape: one group per outlet, most results first. */
  record Response(List<Group> groups) {}

  /** One outlet's results: {@code outlet} is null for articles whose outlet is unknown. */
  record Group(String outlet, long count, List<SearchResults.SearchHit> hits) {}

  @GET
  @Operation(
      summary = "Search results grouped by outlet",
      description =
          "The search parameters; each group has the outlet's count of results and its best"
              + " hits (sort orders them); page and size page through the groups.")
  public Response sources(@Context UriInfo uri) {
    return new Response(
        sources.sources(SearchParameters.read(uri.getQueryParameters())).groups().stream()
            .map(
                g ->
                    new Group(
                        g.outlet().equals(SourceSearch.UNKNOWN_OUTLET) ? null : g.outlet(),
                        g.count(),
                        g.hits()))
            .toList());
  }
}
