package io.newsdesk.web;

import io.newsdesk.feeds.FeedSchedule;
import io.newsdesk.feeds.FeedStatus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /api/feeds}: each configured feed's last poll, state, error and next attempt. Admin
 * only: feed addresses may carry access keys, and errors name hosts of the network.
 */
@Path("/api/feeds")
@AdminOnly
class FeedsApi {

  private final FeedSchedule feeds;

  FeedsApi(FeedSchedule feeds) {
    this.feeds = feeds;
  }

  /** The answer: one status per configured feed. */
  record Response(List<FeedStatus> feeds) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Status of the polled feeds: last poll, state, error, next attempt")
  public Response feeds() {
    return new Response(feeds.statuses());
  }
}
