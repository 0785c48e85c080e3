package io.newsdesk.web;

import io.newsdesk.saved.SavedItemNotFoundException;
import io.newsdesk.saved.SavedSearchFeed;
import io.newsdesk.saved.SavedSearches;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code GET /feeds/{token}.atom}: the Atom feed of one saved search. The token is the only key, so
 * a feed reader needs no cookie, and sharing the URL shares this feed and nothing else.
 */
@Path("/feeds")
class SavedSearchFeeds {

  static final String ATOM = "application/atom+xml";

  private final SavedSearches savedSearches;

  SavedSearchFeeds(SavedSearches savedSearches) {
    this.savedSearches = savedSearches;
  }

  @GET
  @Path("{token: [A-Za-z0-9_-]+}.atom")
  @Produces(ATOM)
  public Response feed(@PathParam("token") String token, @Context UriInfo uri) {
    SavedSearchFeed feed =
        savedSearches
            .feed(token)
            .orElseThrow(() -> new SavedItemNotFoundException("There is no feed at this address."));
    return Response.ok(
            AtomFeed.write(feed, uri.getBaseUri(), SavedListView.feedUrl(uri, token)),
            ATOM + ";charset=UTF-8")
        // Readers poll often: a few minutes of caching spares the index, private keeps the
        // tokened feed out of shared caches.
        .header("Cache-Control", "private, max-age=300")
        .build();
  }
}
