package io.newsdesk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import io.newsdesk.search.ArticleExport;
import io.newsdesk.search.ExportRow;
import io.newsdesk.search.SearchQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/export}: every match of a search, streamed as JSON Lines or CSV, with no result
 * window; memory stays flat however many match.
 */
@Path("/api/export")
class ExportApi {

  static final String TOTAL_HEADER = "X-Total-Count";

  private final ArticleExport export;
  private final ObjectMapper json;

  ExportApi(ArticleExport export, ObjectMapper json) {
    this.export = export;
    this.json = json;
  }

  @GET
  @Operation(
      summary = "Every match of a search, as JSON Lines or CSV",
      description =
          "Takes every parameter of /api/search (page and size are ignored: all matches come, in"
              + " the order of sort) and format=jsonl (default) or csv. Each row: id, title,"
              + " outlet, published, url, persons, organizations, places, story_id, language. CSV"
              + " has a header row, RFC 4180 quoting, UTF-8, lists joined with '; ', and cells"
              + " that a spreadsheet would run as formulas prefixed with a quote.")
  @APIResponse(
      responseCode = "200",
      description = "The rows; the file is named after the query",
      headers = @Header(name = TOTAL_HEADER, description = "How many rows follow"),
      content = {@Content(mediaType = "application/x-ndjson"), @Content(mediaType = "text/csv")})
  @APIResponse(responseCode = "400", description = "A parameter is invalid")
  public Response export(@Context UriInfo uri) {
    var parameters = uri.getQueryParameters();
    String formatName = parameters.getFirst("format");
    ExportFormat format =
        formatName == null || formatName.isBlank()
            ? ExportFormat.JSONL
            : ExportFormat.fromParameter(formatName.strip())
                .orElseThrow(
                    () ->
                        new BadParameterException(
                            "format", "format must be jsonl or csv, not '" + formatName + "'"));
    SearchQuery query = SearchParameters.read(parameters);
    ArticleExport.Walk walk = export.open(query);
    StreamingOutput body = out -> write(walk, format, out);
    return Response.ok(body, format.mediaType())
        .header(TOTAL_HEADER, walk.total())
        .header(HttpHeaders.CONTENT_DISPOSITION, ExportFileName.disposition(query, format))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  private void write(ArticleExport.Walk walk, ExportFormat format, OutputStream out)
      throws java.io.IOException {
    try (walk;
        SequenceWriter rows = format.open(out, json)) {
      walk.forEach(
          page -> {
            for (ExportRow row : page) {
              rows.write(format.value(row));
            }
            rows.flush();
          });
      if (format == ExportFormat.JSONL && walk.total() > 0) {
        out.write('\n');
      }
    }
  }
}
