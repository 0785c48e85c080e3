package io.newsdesk.web;

import io.newsdesk.article.EntityMention;
import io.newsdesk.search.ArticleContent;
import io.newsdesk.search.ArticleLookup;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** {@code GET /api/articles/{id}}: one article with its canonical entities. */
@Path("/api/articles/{id}")
@Produces(MediaType.APPLICATION_JSON)
class ArticleApi {

  private final ArticleLookup articles;

  ArticleApi(ArticleLookup articles) {
    this.articles = articles;
  }

  /** The JSON shape of an article. */
  record Response(
      String id,
      String title,
      String body,
      String outlet,
      LocalDate published,
      String byline,
      String credit,
      String url,
      String language,
      List<Entity> persons,
      List<Entity> organizations,
      List<Entity> places,
      List<String> captions) {}

  /** An entity as the article names it: canonical name, mentions, role, spellings. */
  record Entity(String name, int mentions, String role, List<String> aliases) {

    static List<Entity> of(List<EntityMention> mentions) {
      return mentions.stream()
          .map(
              m ->
                  new Entity(
                      m.name(),
                      m.mentions(),
                      m.role().name().toLowerCase(Locale.ROOT),
                      m.aliases()))
          .toList();
    }
  }

  @GET
  public Response article(@PathParam("id") String id) {
    ArticleContent a =
        articles.article(id).orElseThrow(() -> new NotFoundException("No article with id " + id));
    return new Response(
        a.id(),
        a.title(),
        a.body(),
        a.outlet(),
        a.published(),
        a.byline(),
        a.credit(),
        a.url(),
        a.language(),
        Entity.of(a.persons()),
        Entity.of(a.organizations()),
        Entity.of(a.places()),
        a.captions());
  }
}
