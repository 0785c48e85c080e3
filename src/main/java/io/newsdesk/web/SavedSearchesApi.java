package io.newsdesk.web;

import io.newsdesk.saved.Alert;
import io.newsdesk.saved.Alerts;
import io.newsdesk.saved.Owner;
import io.newsdesk.saved.SavedItemNotFoundException;
import io.newsdesk.saved.SavedSearch;
import io.newsdesk.saved.SavedSearchEdit;
import io.newsdesk.saved.SavedSearches;
import io.newsdesk.search.SearchQuery;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/saved-searches}: saved searches for scripts, with the browser's owner cookie. Calls
 * that change anything need the {@code X-CSRF-Token} header, whose value {@code GET
 * /api/saved-searches} returns as {@code csrf_token}.
 */
@Path("/api/saved-searches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class SavedSearchesApi {

  private final SavedSearches savedSearches;
  private final Alerts alerts;

  SavedSearchesApi(SavedSearches savedSearches, Alerts alerts) {
    this.savedSearches = savedSearches;
    this.alerts = alerts;
  }

  /** A saved search as the API shows it. */
  record Item(
      String id,
      String name,
      Map<String, Object> query,
      Instant created,
      Instant lastOpened,
      long newCount,
      String feedUrl) {}

  /** The owner's saved searches and the token for changing them. */
  record Listing(List<Item> savedSearches, String csrfToken) {}

  /**
   * What POST and PUT take: {@code query} holds the parameters of {@code /api/search}. Left out of
   * a PUT, a field stays as it is; left out of a POST, the name is suggested and the query is
   * everything.
   */
  record Input(String name, Map<String, Object> query) {}

  /** What {@code PUT .../alert} takes: frequency immediate, daily, weekly or off. */
  record AlertInput(String email, String frequency) {}

  /** A saved search's alert as the API shows it. */
  record AlertItem(
      String savedSearchId,
      String email,
      String frequency,
      boolean confirmed,
      Instant confirmationSent) {

    static AlertItem of(Alert alert) {
      return new AlertItem(
          alert.savedSearchId(),
          alert.email().orElse(null),
          alert.frequency().parameter(),
          alert.confirmed(),
          alert.confirmationSent().orElse(null));
    }
  }

  @GET
  @Operation(
      summary = "The owner's saved searches and a CSRF token",
      description =
          "Without an owner cookie, makes a new owner and sets its cookie, so a script can start"
              + " here.")
  public Response list(@CookieParam(OwnerCookie.NAME) String ownerCookie, @Context UriInfo uri) {
    Optional<Owner> known = OwnerCookie.read(ownerCookie);
    OwnerCookie.Visitor visitor =
        new OwnerCookie.Visitor(known.orElseGet(Owner::create), known.isEmpty());
    Owner owner = visitor.owner();
    Listing listing =
        new Listing(
            savedSearches.list(owner).stream().map(s -> item(s, uri)).toList(), owner.csrfToken());
    return OwnerCookie.remember(Response.ok(listing), visitor, uri).build();
  }

  @POST
  @Operation(summary = "Save a search")
  public Response create(
      @CookieParam(OwnerCookie.NAME) String ownerCookie,
      @HeaderParam(Csrf.HEADER) String csrfToken,
      Input input,
      @Context UriInfo uri) {
    Owner owner = Csrf.apiOwner(OwnerCookie.read(ownerCookie), csrfToken);
    Input body = input == null ? new Input(null, null) : input;
    SearchQuery query =
        body.query() == null ? SearchQuery.of("") : SavedQueryJson.read(body.query());
    SavedSearch saved = savedSearches.create(owner, body.name(), query);
    return Response.created(uri.getAbsolutePathBuilder().path(saved.id()).build())
        .entity(item(saved, uri))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One saved search")
  public Item get(
      @PathParam("id") String id,
      @CookieParam(OwnerCookie.NAME) String ownerCookie,
      @Context UriInfo uri) {
    Owner owner =
        OwnerCookie.read(ownerCookie)
            .orElseThrow(() -> new SavedItemNotFoundException("There is no such saved search."));
    return item(savedSearches.get(owner, id), uri);
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Rename a saved search or replace its query")
  public Item update(
      @PathParam("id") String id,
      @CookieParam(OwnerCookie.NAME) String ownerCookie,
      @HeaderParam(Csrf.HEADER) String csrfToken,
      Input input,
      @Context UriInfo uri) {
    Owner owner = Csrf.apiOwner(OwnerCookie.read(ownerCookie), csrfToken);
    if (input == null) {
      throw new BadParameterException("body", "Send {\"name\": ..., \"query\": {...}}");
    }
    SavedSearchEdit edit =
        SavedSearchEdit.overwrite(
            Optional.ofNullable(input.name()),
            Optional.ofNullable(input.query()).map(SavedQueryJson::read));
    return item(savedSearches.edit(owner, id, edit), uri);
  }

  @PUT
  @Path("{id}/alert")
  @Operation(
      summary = "Set a saved search's email alert",
      description =
          "Body: {\"email\": ..., \"frequency\": \"immediate|daily|weekly|off\"}. A new address"
              + " gets a confirmation link first (at most one an hour per address) and nothing else"
              + " until it is confirmed. 409 when the portal does not offer alerts"
              + " (newsdesk.public-url unset).")
  public AlertItem setAlert(
      @PathParam("id") String id,
      @CookieParam(OwnerCookie.NAME) String ownerCookie,
      @HeaderParam(Csrf.HEADER) String csrfToken,
      AlertInput input) {
    Owner owner = Csrf.apiOwner(OwnerCookie.read(ownerCookie), csrfToken);
    if (input == null) {
      throw new BadParameterException(
          "body", "Send {\"email\": ..., \"frequency\": \"immediate|daily|weekly|off\"}");
    }
    return AlertItem.of(alerts.set(owner, id, input.email(), input.frequency()));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a saved search")
  public Response delete(
      @PathParam("id") String id,
      @CookieParam(OwnerCookie.NAME) String ownerCookie,
      @HeaderParam(Csrf.HEADER) String csrfToken) {
    savedSearches.delete(Csrf.apiOwner(OwnerCookie.read(ownerCookie), csrfToken), id);
    return Response.noContent().build();
  }

  private static Item item(SavedSearch saved, UriInfo uri) {
    return new Item(
        saved.id(),
        saved.name(),
        SavedQueryJson.write(saved.query()),
        saved.created(),
        saved.lastOpened().orElse(null),
        saved.newCount(),
        SavedListView.feedUrl(uri, saved.feedToken()));
  }
}
