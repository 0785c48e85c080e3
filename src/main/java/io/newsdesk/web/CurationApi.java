package io.newsdesk.web;

import io.newsdesk.pipeline.IngestPipeline;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.OptionalLong;
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

  /**
   * How many articles were re-processed; {@code unchanged} when the rules were the ones this portal
   * had already applied to everything, so that nothing needed to be.
   */
  record Response(long reprocessed, boolean unchanged) {}

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Re-apply the entity curation file to everything indexed")
  public Response reapply() {
    OptionalLong reprocessed = pipeline.reapplyCuration();
    return new Response(reprocessed.orElse(0), reprocessed.isEmpty());
  }
}
