package io.newsdesk.web;

import io.newsdesk.search.Facet;
import io.newsdesk.search.FacetOptions;
import io.newsdesk.search.SearchQuery;
import io.newsdesk.stories.Stories;
import io.newsdesk.stories.StoryCoverage;
import io.newsdesk.stories.StorySummary;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /stories}: the latest and the largest stories, narrowed like a search; {@code
 * /stories/{id}}: one story's coverage, outlet by outlet.
 */
@Path("/stories")
@Produces(MediaType.TEXT_HTML)
class StoriesPage {

  private final Stories stories;

  StoriesPage(Stories stories) {
    this.stories = stories;
  }

  /** A story in a list. */
  record Card(
      String url,
      String title,
      String dates,
      int articles,
      List<String> outlets,
      List<SearchView.Link> entities) {

    public String countText() {
      return articles
          + (articles == 1 ? " article" : " articles")
          + " from "
          + outlets.size()
          + (outlets.size() == 1 ? " outlet" : " outlets");
    }
  }

  /** The list page: the search's filters and the two lists. */
  record ListView(
      SearchQuery query,
      List<SearchView.FacetGroup> facets,
      List<Card> latest,
      List<Card> largest,
      String searchUrl,
      String sourcesUrl) {}

  /** One outlet's column on the story page. */
  record Column(
      String outlet,
      List<StoryRows.Row> articles,
      List<String> terms,
      List<String> quotes,
      List<StoryCoverage.SharedWording> shared) {}

  /** The story page. */
  record StoryView(
      StorySummary story,
      String dates,
      String countText,
      List<SearchView.Link> entities,
      List<StoryRows.Row> timeline,
      List<Column> columns) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance stories(ListView view);

    static native TemplateInstance story(StoryView view);
  }

  @GET
  public TemplateInstance list(@Context UriInfo uri) {
    SearchQuery query = SearchParameters.read(uri.getQueryParameters());
    Stories.ListPage page = stories.listPage(query);
    Stories.StoryLists lists = page.lists();
    SearchView facets = SearchView.of("/stories", query, FacetOptions.none(), page.articles(), "");
    return Templates.stories(
        new ListView(
            query,
            facets.facets(),
            cards(lists.latest()),
            cards(lists.largest()),
            new SearchLinks("/search", query).page(1),
            new SearchLinks("/sources", query).page(1)));
  }

  @GET
  @Path("{id}")
  public TemplateInstance story(@PathParam("id") String id) {
    StoryCoverage coverage =
        stories.coverage(id).orElseThrow(() -> new NotFoundException("No such story"));
    StorySummary story = coverage.story();
    List<Column> columns = new ArrayList<>();
    for (StoryCoverage.OutletCoverage outlet : coverage.outlets()) {
      columns.add(
          new Column(
              outlet.outlet(),
              StoryRows.of(outlet.articles(), story.articles()),
              outlet.distinctiveTerms(),
              outlet.ownQuotes(),
              outlet.shared()));
    }
    Card card = card(story);
    return Templates.story(
        new StoryView(
            story,
            card.dates(),
            card.countText(),
            card.entities(),
            StoryRows.of(story.articles(), story.articles()),
            columns));
  }

  private static List<Card> cards(List<StorySummary> stories) {
    return stories.stream().map(StoriesPage::card).toList();
  }

  private static Card card(StorySummary story) {
    List<SearchView.Link> entities = new ArrayList<>();
    story.persons().forEach(p -> entities.add(entity(Facet.PERSON, p)));
    story.organizations().forEach(o -> entities.add(entity(Facet.ORGANIZATION, o)));
    story.places().forEach(p -> entities.add(entity(Facet.PLACE, p)));
    return new Card(
        StoryRows.storyUrl(story.id()),
        story.title().isBlank() ? "(untitled story)" : story.title(),
        dates(story),
        story.articleCount(),
        story.outlets(),
        entities);
  }

  /** An entity chip that lists the stories about the entity. */
  private static SearchView.Link entity(Facet facet, String name) {
    return new SearchView.Link(
        name,
        "/stories?" + facet.parameter() + "=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
        false);
  }

  private static String dates(StorySummary story) {
    if (story.firstPublished() == null) {
      return "date unknown";
    }
    if (story.firstPublished().equals(story.lastPublished())) {
      return story.firstPublished().toString();
    }
    return story.firstPublished() + " to " + story.lastPublished();
  }
}
