package io.newsdesk.web;

import io.newsdesk.saved.Owner;
import io.newsdesk.saved.StarredArticle;
import io.newsdesk.saved.Stars;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Starred articles: {@code /starred} lists them; the star forms on results post here. */
@Path("/starred")
@Produces(MediaType.TEXT_HTML)
class StarredPage {

  private final Stars stars;

  StarredPage(Stars stars) {
    this.stars = stars;
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance starred(List<Item> items, String csrfToken);
  }

  /** A starred article with the link to read it. */
  record Item(StarredArticle star, String url, String starred) {}

  @GET
  public TemplateInstance list(@CookieParam(OwnerCookie.NAME) String ownerCookie) {
    Optional<Owner> owner = OwnerCookie.read(ownerCookie);
    List<Item> items =
        owner.map(stars::list).orElse(List.of()).stream()
            .map(
                star ->
                    new Item(
                        star,
                        PathSegments.articleUrl(star.articleId(), ""),
                        SavedListView.time(star.starred())))
            .toList();
    return Templates.starred(items, Csrf.tokenFor(owner));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response star(
      @CookieParam(OwnerCookie.NAME) String ownerCookie,
      @FormParam(Csrf.FIELD) String csrfToken,
      @FormParam("article_id") String articleId,
      @FormParam("return_to") String returnTo,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    OwnerCookie.Visitor visitor =
        Csrf.formVisitor(OwnerCookie.read(ownerCookie), csrfToken, headers);
    stars.star(visitor.owner(), articleId);
    return OwnerCookie.remember(Response.seeOther(back(returnTo)), visitor, uri).build();
  }

  @POST
  @Path("remove")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response unstar(
      @CookieParam(OwnerCookie.NAME) String ownerCookie,
      @FormParam(Csrf.FIELD) String csrfToken,
      @FormParam("article_id") String articleId,
      @FormParam("return_to") String returnTo) {
    stars.unstar(Csrf.formOwner(OwnerCookie.read(ownerCookie), csrfToken), articleId);
    return Response.seeOther(back(returnTo)).build();
  }

  /** Back to the page the star was on; only a path on this site, never elsewhere. */
  static URI back(String returnTo) {
    if (returnTo == null
        || !returnTo.startsWith("/")
        || returnTo.startsWith("//")
        || returnTo.startsWith("/\\")) {
      return URI.create("/starred");
    }
    try {
      URI target = URI.create(returnTo);
      return target.isAbsolute() || target.getRawAuthority() != null
          ? URI.create("/starred")
          : target;
    } catch (IllegalArgumentException unreadable) {
      return URI.create("/starred");
    }
  }
}
