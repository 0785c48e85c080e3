package io.newsdesk.web;

import io.newsdesk.search.EntityProfile;
import io.newsdesk.search.EntityProfiles;
import io.newsdesk.search.Facet;
import io.newsdesk.search.SearchResults;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** {@code /entities/{type}/{name}}: every article naming an entity, by outlet and over time. */
@Path("/entities/{type}/{name}")
@Produces(MediaType.TEXT_HTML)
class EntityPage {

  private final EntityProfiles profiles;

  EntityPage(EntityProfiles profiles) {
    this.profiles = profiles;
  }

  /** The profile with the search link that filters by this entity. */
  record View(EntityProfile profile, String searchUrl) {

    /** How many articles use a spelling. */
    public int spellingCount(String alias) {
      return profile.aliasArticles().getOrDefault(alias, 0);
    }

    /** The articles per day, drawn as the search page draws its dates. */
    public List<SearchView.Bar> overTime() {
      long max =
          profile.overTime().stream().mapToLong(SearchResults.DateCount::count).max().orElse(1);
      List<SearchView.Bar> bars = new ArrayList<>();
      for (SearchResults.DateCount d : profile.overTime()) {
        int height = (int) Math.max(3, d.count() * SearchView.CHART_HEIGHT / max);
        String day = d.date().toString();
        bars.add(
            new SearchView.Bar(
                day,
                d.count(),
                bars.size() * SearchView.BAR_STEP,
                SearchView.CHART_HEIGHT - height,
                height,
                searchUrl + "&from=" + day + "&to=" + day));
      }
      return bars;
    }

    public int chartWidth() {
      return Math.max(SearchView.BAR_STEP, profile.overTime().size() * SearchView.BAR_STEP);
    }

    public String filterUrl(String facet, String value) {
      return searchUrl + "&" + facet + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public String entityUrl(String type, String name) {
      return "/entities/" + type + "/" + PathSegments.encode(name);
    }
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance entity(View view);
  }

  @GET
  public TemplateInstance entity(@PathParam("type") String type, @PathParam("name") String name) {
    Facet facet = EntityApi.entityType(type);
    EntityProfile profile =
        profiles
            .profile(facet, name)
            .orElseThrow(() -> new NotFoundException("No article names " + name));
    return Templates.entity(
        new View(
            profile,
            "/search?"
                + facet.parameter()
                + "="
                + URLEncoder.encode(name, StandardCharsets.UTF_8)));
  }
}
