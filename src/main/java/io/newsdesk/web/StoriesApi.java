package io.newsdesk.web;

import io.newsdesk.stories.Relation;
import io.newsdesk.stories.Stories;
import io.newsdesk.stories.StoryArticle;
import io.newsdesk.stories.StorySummary;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /api/stories} (the search parameters), {@code GET /api/stories/{id}}, and {@code POST
 * /api/stories/rebuild} (admin token) to place every article again after a change of rules.
 */
@Path("/api/stories")
@Produces(MediaType.APPLICATION_JSON)
class StoriesApi {

  private final Stories stories;

  StoriesApi(Stories stories) {
    this.stories = stories;
  }

  /** The JSON shape of a list of stories. */
  record Response(List<Story> stories) {}

  /** The JSON shape of a story. */
  record Story(
      String id,
      String title,
      LocalDate firstPublished,
      LocalDate lastPublished,
      List<String> outlets,
      List<Article> articles) {

    static Story of(StorySummary story) {
      return new Story(
          story.id(),
          story.title(),
          story.firstPublished(),
          story.lastPublished(),
          story.outlets(),
          story.articles().stream().map(Article::of).toList());
    }
  }

  /**
   * The JSON shape of a story's article: {@code relation} is original, copy, rewrite or coverage; a
   * copy or rewrite names its {@code relative}, the original when {@code direction_known}, else the
   * member it shares most wording with.
   */
  record Article(
      String id,
      String outlet,
      String title,
      LocalDate published,
      Relation relation,
      Optional<String> relative,
      boolean directionKnown,
      double similarity) {

    static Article of(StoryArticle a) {
      return new Article(
          a.id(),
          a.outlet(),
          a.title(),
          a.published(),
          a.relation(),
          a.relative(),
          a.directionKnown(),
          a.similarity());
    }
  }

  /** What a rebuild did. */
  record Rebuilt(long articles, long stories, long removed, long tookMs) {}

  @GET
  @Operation(
      summary = "The latest stories with articles matching a search",
      description =
          "The search parameters (q, person, organization, place, outlet, their not_ forms, from,"
              + " to); page and size page through the stories.")
  public Response list(@Context UriInfo uri) {
    return new Response(
        stories.list(SearchParameters.read(uri.getQueryParameters())).latest().stream()
            .map(Story::of)
            .toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One story with its articles and their relations")
  public Story story(@PathParam("id") String id) {
    return stories
        .story(id)
        .map(Story::of)
        .orElseThrow(() -> new NotFoundException("No story with id " + id));
  }

  @POST
  @Path("rebuild")
  @AdminOnly
  @Operation(summary = "Place every article in stories again, e.g. after a threshold change")
  public Rebuilt rebuild() {
    Stories.Rebuild rebuild = stories.rebuild();
    return new Rebuilt(
        rebuild.articles(), rebuild.stories(), rebuild.removed(), rebuild.took().toMillis());
  }
}
