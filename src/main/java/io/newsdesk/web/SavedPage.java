package io.newsdesk.web;

import io.newsdesk.saved.Alerts;
import io.newsdesk.saved.Carried;
import io.newsdesk.saved.CarryLink;
import io.newsdesk.saved.CarryLinks;
import io.newsdesk.saved.Owner;
import io.newsdesk.saved.SavedItemNotFoundException;
import io.newsdesk.saved.SavedOverview;
import io.newsdesk.saved.SavedSearch;
import io.newsdesk.saved.SavedSearchEdit;
import io.newsdesk.saved.SavedSearches;
import io.newsdesk.search.SearchQuery;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The saved searches page, {@code /saved}, and its forms: save, open, rename, update, delete, and
 * the carry link ({@code /carry/{token}}) that moves them to another browser. Plain HTML forms;
 * each answers with a redirect, so reloading never posts twice.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
class SavedPage {

  private final SavedSearches savedSearches;
  private final CarryLinks carryLinks;
  private final Alerts alerts;
  private final SavedOverview overview;

  SavedPage(
      SavedSearches savedSearches, CarryLinks carryLinks, Alerts alerts, SavedOverview overview) {
    this.savedSearches = savedSearches;
    this.carryLinks = carryLinks;
    this.alerts = alerts;
    this.overview = overview;
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance list(SavedListView view);

    static native TemplateInstance carryLink(String link, String expires, String csrfToken);

    static native TemplateInstance carryConfirm(String token, String csrfToken);
  }

  @GET
  @Path("saved")
  public TemplateInstance list(
      @CookieParam(OwnerCookie.NAME) String ownerCookie,
      @QueryParam("carried_searches") Integer carriedSearches,
      @QueryParam("carried_stars") Integer carriedStars,
      @Context UriInfo uri) {
    Optional<Owner> owner = OwnerCookie.read(ownerCookie);
    Optional<Carried> carried =
        Optional.ofNullable(carriedSearches)
            .map(searches -> new Carried(searches, carriedStars == null ? 0 : carriedStars));
    SavedOverview.Overview overview = this.overview.of(owner);
    return Templates.list(
        SavedListView.of(
            overview.searches(),
            overview.alerts(),
            overview.alertsOffered(),
            owner,
            overview.carryLinkExpires(),
            carried,
            uri));
  }

  @POST
  @Path("saved")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(
      @CookieParam(OwnerCookie.NAME) String ownerCookie,
      @FormParam(Csrf.FIELD) String csrfToken,
      @FormParam("name") String name,
      @FormParam("query") String query,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    OwnerCookie.Visitor visitor =
        Csrf.formVisitor(OwnerCookie.read(ownerCookie), csrfToken, headers);
    SearchQuery search = SearchParameters.read(QueryStrings.parse(query));
    SavedSearch saved = savedSearches.create(visitor.owner(), name, search);
    return OwnerCookie.remember(
            Response.seeOther(URI.create("/saved#saved-" + saved.id())), visitor, uri)
        .build();
  }

  /**
   * Runs the search with what arrived since it was last opened marked as new. A link, not a form,
   * so it opens in a new tab like any other; what it changes is only the "last opened" time.
   */
  @GET
  @Path("saved/{id}/open")
  public Response open(
      @PathParam("id") String id, @CookieParam(OwnerCookie.NAME) String ownerCookie) {
    Owner owner =
        OwnerCookie.read(ownerCookie)
            .orElseThrow(() -> new SavedItemNotFoundException("There is no such saved search."));
    SavedSearch opened = savedSearches.open(owner, id);
    String parameters = SearchLinks.parameters(opened.query());
    String location =
        "/search?"
            + (parameters.isEmpty() ? "" : parameters + "&")
            + SavedControls.SAVED
            + "="
            + encode(opened.id())
            + "&"
            + SavedControls.NEW_SINCE
            + "="
            + encode(opened.newSince().toString());
    return Response.seeOther(URI.create(location)).header("Cache-Control", "no-store").build();
  }

  @POST
  @Path("saved/{id}/rename")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response rename(
      @PathParam("id") String id,
      @CookieParam(OwnerCookie.NAME) String ownerCookie,
      @FormParam(Csrf.FIELD) String csrfToken,
      @FormParam("name") String name,
      @FormParam("previous_name") String previousName) {
    Owner owner = Csrf.formOwner(OwnerCookie.read(ownerCookie), csrfToken);
    savedSearches.edit(
        owner,
        id,
        SavedSearchEdit.rename(name == null ? "" : name, previousName == null ? "" : previousName));
    return backToList(id);
  }

  @POST
  @Path("saved/{id}/update")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response update(
      @PathParam("id") String id,
      @CookieParam(OwnerCookie.NAME) String ownerCookie,
      @FormParam(Csrf.FIELD) String csrfToken,
      @FormParam("query") String query,
      @FormParam("previous_query") String previousQuery) {
    Owner owner = Csrf.formOwner(OwnerCookie.read(ownerCookie), csrfToken);
    savedSearches.edit(
        owner,
        id,
        SavedSearchEdit.redefine(
            SearchParameters.read(QueryStrings.parse(query)),
            SearchParameters.read(QueryStrings.parse(previousQuery))));
    return backToList(id);
  }

  @POST
  @Path("saved/{id}/alert")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response alert(
      @PathParam("id") String id,
      @CookieParam(OwnerCookie.NAME) String ownerCookie,
      @FormParam(Csrf.FIELD) String csrfToken,
      @FormParam("email") String email,
      @FormParam("frequency") String frequency) {
    Owner owner = Csrf.formOwner(OwnerCookie.read(ownerCookie), csrfToken);
    alerts.set(owner, id, email, frequency);
    return backToList(id);
  }

  @POST
  @Path("saved/{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response delete(
      @PathParam("id") String id,
      @CookieParam(OwnerCookie.NAME) String ownerCookie,
      @FormParam(Csrf.FIELD) String csrfToken) {
    Owner owner = Csrf.formOwner(OwnerCookie.read(ownerCookie), csrfToken);
    savedSearches.delete(owner, id);
    return Response.seeOther(URI.create("/saved")).build();
  }

  /** Makes a carry link and shows it, once: only a hash of it is kept. */
  @POST
  @Path("saved/carry")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public TemplateInstance makeCarryLink(
      @CookieParam(OwnerCookie.NAME) String ownerCookie,
      @FormParam(Csrf.FIELD) String csrfToken,
      @Context UriInfo uri) {
    Owner owner = Csrf.formOwner(OwnerCookie.read(ownerCookie), csrfToken);
    CarryLink link = carryLinks.create(owner);
    return Templates.carryLink(
        uri.getBaseUri().resolve("carry/" + link.token()).toString(),
        SavedListView.time(link.expires()),
        owner.csrfToken());
  }

  @POST
  @Path("saved/carry/revoke")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response revokeCarryLink(
      @CookieParam(OwnerCookie.NAME) String ownerCookie, @FormParam(Csrf.FIELD) String csrfToken) {
    carryLinks.revoke(Csrf.formOwner(OwnerCookie.read(ownerCookie), csrfToken));
    return Response.seeOther(URI.create("/saved#carry")).build();
  }

  /**
   * Only asks: link previews and scanners fetch URLs, and must not use up a one-time link. The
   * button posts to the same address.
   */
  @GET
  @Path("carry/{token}")
  public TemplateInstance confirmCarry(
      @PathParam("token") String token, @CookieParam(OwnerCookie.NAME) String ownerCookie) {
    carryLinks.requireLive(token);
    return Templates.carryConfirm(token, Csrf.tokenFor(OwnerCookie.read(ownerCookie)));
  }

  @POST
  @Path("carry/{token}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response carry(
      @PathParam("token") String token,
      @CookieParam(OwnerCookie.NAME) String ownerCookie,
      @FormParam(Csrf.FIELD) String csrfToken,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    OwnerCookie.Visitor visitor =
        Csrf.formVisitor(OwnerCookie.read(ownerCookie), csrfToken, headers);
    Carried carried = carryLinks.carry(token, visitor.owner());
    URI list =
        URI.create(
            "/saved?carried_searches=" + carried.searches() + "&carried_stars=" + carried.stars());
    return OwnerCookie.remember(Response.seeOther(list), visitor, uri).build();
  }

  private static Response backToList(String id) {
    return Response.seeOther(URI.create("/saved#saved-" + encode(id))).build();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
