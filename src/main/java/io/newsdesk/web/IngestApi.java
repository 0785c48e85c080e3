package io.newsdesk.web;

import io.newsdesk.pipeline.IngestPipeline;
import io.newsdesk.pipeline.IngestReport;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * {@code POST /api/ingest}: one or more {@code file} parts and an optional {@code manifest} part
 * (TSV: file, outlet, url, published, language). A {@code file} part named like another plus {@code
 * .json} ({@code story.html.json}, or {@code story.json}) is that file's sidecar metadata. Each
 * file is answered on its own.
 */
@Path("/api/ingest")
@AdminOnly
class IngestApi {

  private final IngestPipeline pipeline;

  IngestApi(IngestPipeline pipeline) {
    this.pipeline = pipeline;
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Ingest article files (text, HTML, JSON Lines, RSS or Atom feeds) with an optional"
              + " manifest and sidecar metadata")
  public IngestReport ingest(
      @RestForm("file") List<FileUpload> files, @RestForm("manifest") FileUpload manifestPart) {
    return pipeline.ingestTimed(Uploads.inputs(files, manifestPart));
  }
}
