package io.newsdesk.web;

import io.newsdesk.NewsdeskConfig;
import io.newsdesk.pipeline.IngestPipeline;
import io.newsdesk.pipeline.IngestResult;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * {@code /admin/ingest}: an upload form for the admin, answered with a table of what happened to
 * each file. There are no accounts and so no session cookie: the form carries the admin token
 * itself, which a cross-site page cannot know, so a forged post is refused for want of it (no
 * ambient credential means nothing for a CSRF token to protect). A post that the browser marks as
 * sent from another site ({@code Sec-Fetch-Site}) is refused besides, token or not.
 */
@Path("/admin/ingest")
@Produces(MediaType.TEXT_HTML)
class AdminIngestPage {

  private final IngestPipeline pipeline;
  private final NewsdeskConfig config;

  AdminIngestPage(IngestPipeline pipeline, NewsdeskConfig config) {
    this.pipeline = pipeline;
    this.config = config;
  }

  /** One row of the results table. */
  record Row(String file, String status, String id, String reason) {}

  /** What the page shows: the form, and an error or the last upload's results. */
  record View(String error, List<Row> results) {

    static View empty() {
      return new View(null, List.of());
    }

    public String summary() {
      return count("indexed")
          + " indexed, "
          + count("updated")
          + " updated, "
          + count("unchanged")
          + " unchanged, "
          + count("rejected")
          + " rejected";
    }

    private long count(String status) {
      return results.stream().filter(r -> r.status().equals(status)).count();
    }
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance ingest(View view);
  }

  @GET
  public TemplateInstance form() {
    return Templates.ingest(View.empty());
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(
      @RestForm("token") String token,
      @RestForm("file") List<FileUpload> files,
      @RestForm("manifest") FileUpload manifest,
      @RestHeader("Sec-Fetch-Site") String fetchSite) {
    if (isCrossSite(fetchSite)) {
      return page(403, "Refused: this form was sent from another site.");
    }
    Optional<String> expected = AdminToken.configured(config);
    if (expected.isEmpty()) {
      return page(403, "Writing is disabled: no newsdesk.admin-token is configured.");
    }
    if (!AdminToken.matches(expected.get(), token)) {
      return page(401, "The admin token is missing or wrong; nothing was ingested.");
    }
    List<IngestResult> results;
    try {
      results = pipeline.ingest(Uploads.inputs(files, manifest));
    } catch (BadParameterException e) {
      return page(400, e.getMessage());
    }
    List<Row> rows =
        results.stream()
            .map(r -> new Row(r.file(), r.statusName(), r.id(), withoutName(r)))
            .toList();
    boolean anyRejected = results.stream().anyMatch(IngestResult::wasRejected);
    return Response.ok(
            Templates.ingest(new View(anyRejected ? "Some files were rejected." : null, rows))
                .render())
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .build();
  }

  // The pipeline's reasons start with the file's name, which the table shows beside them.
  private static String withoutName(IngestResult result) {
    String prefix = result.file() + ": ";
    String reason = result.reason();
    return reason != null && reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason;
  }

  // Fetch metadata, which browsers send themselves; an Origin check would misfire behind a proxy
  // that rewrites the Host header.
  private static boolean isCrossSite(String fetchSite) {
    return fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none");
  }

  private static Response page(int status, String error) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(Templates.ingest(new View(error, List.of())).render())
        .build();
  }
}
