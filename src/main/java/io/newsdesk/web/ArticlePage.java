package io.newsdesk.web;

import io.newsdesk.article.EntityMention;
import io.newsdesk.article.EntityRole;
import io.newsdesk.saved.Owner;
import io.newsdesk.saved.PersonalReading;
import io.newsdesk.search.ArticleContent;
import io.newsdesk.search.Facet;
import io.newsdesk.search.MarkedArticle;
import io.newsdesk.stories.StoryArticle;
import io.newsdesk.stories.StorySummary;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code /articles/{id}}: the clean text with the reader's query marked, entities as filters. */
@Path("/articles/{id}")
@Produces(MediaType.TEXT_HTML)
class ArticlePage {

  private final PersonalReading articles;

  ArticlePage(PersonalReading articles) {
    this.articles = articles;
  }

  /** An entity chip: name, type for styling, and the search it filters to. */
  record EntityLink(String name, String type, String url, int mentions) {}

  /**
   * What the page shows.
   *
   * @param csrfToken for the star form; empty while the browser has no owner
   * @param self this page's path, for the star form to come back to
   */
  record View(
      MarkedArticle reading,
      String query,
      String backUrl,
      List<EntityLink> persons,
      List<EntityLink> organizations,
      List<EntityLink> places,
      List<EntityLink> credited,
      boolean starred,
      String csrfToken,
      String self,
      StoryPart story) {

    /** The source link, only when it is a web address: a javascript: URL must never be a link. */
    public String originalUrl() {
      String url = reading.article().url();
      return url != null && url.matches("(?i)https?://\\S+") ? url : "";
    }
  }

  /**
   * The article's story: how this article relates to it, the other coverage, and the members that
   * copy or rewrite this one.
   */
  record StoryPart(
      String url, String relation, List<StoryRows.Row> others, List<StoryRows.Row> copies) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance article(View view);
  }

  @GET
  public TemplateInstance article(
      @PathParam("id") String id,
      @QueryParam("q") String q,
      @CookieParam(OwnerCookie.NAME) String ownerCookie) {
    String query = q == null ? "" : q;
    Optional<Owner> owner = OwnerCookie.read(ownerCookie);
    PersonalReading.Page page =
        articles.read(id, query, owner).orElseThrow(() -> new NotFoundException("No such article"));
    MarkedArticle reading = page.reading();
    ArticleContent entities = reading.article();
    return Templates.article(
        new View(
            reading,
            query,
            query.isBlank() ? "/search" : "/search?q=" + encode(query),
            links(Facet.PERSON, subjects(entities.persons(), EntityRole.SUBJECT)),
            links(Facet.ORGANIZATION, entities.organizations()),
            links(Facet.PLACE, entities.places()),
            links(Facet.PERSON, subjects(entities.persons(), EntityRole.CREDIT)),
            page.starred(),
            Csrf.tokenFor(owner),
            PathSegments.articleUrl(id, query),
            page.story().map(story -> storyPart(story, id)).orElse(null)));
  }

  private static StoryPart storyPart(StorySummary story, String articleId) {
    Map<String, StoryArticle> byId =
        story.articles().stream().collect(Collectors.toMap(StoryArticle::id, Function.identity()));
    StoryArticle self = byId.get(articleId);
    List<StoryArticle> copies =
        story.articles().stream()
            .filter(a -> a.directionKnown() && a.relative().filter(articleId::equals).isPresent())
            .toList();
    return new StoryPart(
        StoryRows.storyUrl(story.id()),
        self == null ? "" : StoryRows.label(self, byId),
        StoryRows.of(story.without(articleId), story.articles()),
        StoryRows.of(copies, story.articles()));
  }

  private static List<EntityMention> subjects(List<EntityMention> persons, EntityRole role) {
    return persons.stream().filter(p -> p.role() == role).toList();
  }

  private static List<EntityLink> links(Facet facet, List<EntityMention> mentions) {
    return mentions.stream()
        .map(
            m ->
                new EntityLink(
                    m.name(),
                    facet.parameter(),
                    "/search?" + facet.parameter() + "=" + encode(m.name()),
                    m.mentions()))
        .toList();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
