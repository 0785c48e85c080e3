package io.newsdesk.web;

import io.newsdesk.search.EntitySuggestions;
import io.newsdesk.search.Suggestion;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/suggest?prefix=}: typeahead for people, organisations, places and outlets. */
@Path("/api/suggest")
@Produces(MediaType.APPLICATION_JSON)
class SuggestApi {

  private final EntitySuggestions suggestions;

  SuggestApi(EntitySuggestions suggestions) {
    this.suggestions = suggestions;
  }

  /** The JSON shape of the suggestions. */
  record Response(List<Suggestion> suggestions) {}

  @GET
  public Response suggest(@QueryParam("prefix") String prefix) {
    return new Response(
        suggestions.suggest(prefix == null ? null : SearchParameters.nameText("prefix", prefix)));
  }
}
