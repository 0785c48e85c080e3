package io.newsdesk.web;

import io.newsdesk.ingest.InputFile;
import io.newsdesk.ingest.Manifest;
import io.newsdesk.pipeline.IngestPipeline;
import io.newsdesk.pipeline.IngestResult;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * {@code POST /api/ingest}: one or more {@code file} parts and an optional {@code manifest} part
 * (TSV: file, outlet, url, published, language). Each file is answered on its own.
 */
@Path("/api/ingest")
@AdminOnly
class IngestApi {

  private final IngestPipeline pipeline;

  IngestApi(IngestPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** The answer: one result per file, or per article of a multi-article file. */
  record Response(List<IngestResult> results) {}

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Ingest article files (text, HTML, JSON Lines) with an optional manifest")
  public Response ingest(
      @RestForm("file") List<FileUpload> files, @RestForm("manifest") FileUpload manifestPart)
      throws IOException {
    if (files == null || files.isEmpty()) {
      throw new BadParameterException("file", "send at least one 'file' part");
    }
    Manifest manifest = Manifest.empty();
    if (manifestPart != null) {
      try {
        manifest =
            Manifest.parse(Files.readString(manifestPart.uploadedFile(), StandardCharsets.UTF_8));
      } catch (Manifest.InvalidManifestException | java.nio.charset.MalformedInputException e) {
        throw new BadParameterException("manifest", e.getMessage());
      }
    }
    List<InputFile> inputs = new ArrayList<>();
    for (FileUpload upload : files) {
      String name = upload.fileName() == null ? upload.name() : upload.fileName();
      inputs.add(
          new InputFile(name, Files.readAllBytes(upload.uploadedFile()), manifest.forFile(name)));
    }
    return new Response(pipeline.ingest(inputs));
  }
}
