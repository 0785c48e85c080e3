package io.newsdesk.web;

import io.newsdesk.search.SearchQuery;
import io.newsdesk.search.SourceSearch;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /sources}: a search's results grouped by outlet, side by side, so a reader compares how
 * each source covers the query. Takes every search parameter.
 */
@Path("/sources")
@Produces(MediaType.TEXT_HTML)
class SourcesPage {

  private final SourceSearch sources;

  SourcesPage(SourceSearch sources) {
    this.sources = sources;
  }

  /** One outlet's group: its name, count, best hits and the search narrowed to it. */
  record Group(String outlet, String countText, String outletUrl, List<SearchView.HitView> hits) {}

  /** What the page shows. */
  record View(
      SearchQuery query,
      SourceSearch.SourceResults results,
      List<Group> groups,
      List<SearchView.Link> pages,
      String searchUrl,
      String storiesUrl) {

    public String exportCsvUrl() {
      return SearchLinks.export(query, "csv");
    }

    public String exportJsonlUrl() {
      return SearchLinks.export(query, "jsonl");
    }

    public String totalText() {
      return results.total()
          + (results.total() == 1 ? " result" : " results")
          + " from "
          + results.outlets()
          + (results.outlets() == 1 ? " outlet" : " outlets");
    }
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance sources(View view);
  }

  @GET
  public TemplateInstance page(@Context UriInfo uri) {
    SearchQuery query = SearchParameters.read(uri.getQueryParameters());
    SourceSearch.SourceResults results = sources.sources(query);
    SearchLinks links = new SearchLinks("/sources", query);
    List<Group> groups = new ArrayList<>();
    for (SourceSearch.SourceGroup group : results.groups()) {
      boolean unknown = group.outlet().equals(SourceSearch.UNKNOWN_OUTLET);
      groups.add(
          new Group(
              unknown ? "Unknown outlet" : group.outlet(),
              group.count() + (group.count() == 1 ? " result" : " results"),
              unknown
                  ? ""
                  : new SearchLinks("/search", query)
                      .toggle(io.newsdesk.search.Facet.OUTLET, group.outlet()),
              group.hits().stream()
                  .map(
                      hit ->
                          new SearchView.HitView(
                              hit, PathSegments.articleUrl(hit.id(), query.text()), List.of()))
                  .toList()));
    }
    List<SearchView.Link> pages = new ArrayList<>();
    long lastPage = Math.max(1, (results.outlets() + query.size() - 1) / query.size());
    if (query.page() > 1) {
      pages.add(new SearchView.Link("Previous", links.page(query.page() - 1), false));
    }
    if (query.page() < lastPage) {
      pages.add(new SearchView.Link("Next", links.page(query.page() + 1), false));
    }
    return Templates.sources(
        new View(
            query,
            results,
            groups,
            pages,
            new SearchLinks("/search", query).page(1),
            new SearchLinks("/stories", query).page(1)));
  }
}
