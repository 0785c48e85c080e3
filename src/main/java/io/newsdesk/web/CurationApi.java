package io.newsdesk.web;

import io.newsdesk.pipeline.IngestPipeline;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /api/entities/curation}: reloads {@code newsdesk.entities.curation-file} and applies
 * it to every indexed article.
 */
@Path("/api/entities/curation")
@AdminOnly
class CurationApi {

  private final IngestPipeline pipeline;

  CurationApi(IngestPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** How many articles were re-processed. */
  record Response(long reprocessed) {}

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Re-apply the entity curation file to everything indexed")
  public Response reapply() {
    return new Response(pipeline.reapplyCuration());
  }
}
