package io.newsdesk.web;

import io.newsdesk.BackendUnavailableException;
import io.newsdesk.RefusedException;
import io.newsdesk.pipeline.UnreadableCurationException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every failure becomes a clear answer: JSON under {@code /api}, a page elsewhere, never a stack
 * trace.
 */
class ErrorResponses {

  private static final Logger LOG = Logger.getLogger(ErrorResponses.class);

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance error(int status, String title, String message);
  }

  @ServerExceptionMapper
  Response unavailable(BackendUnavailableException e, UriInfo uri) {
    return respond(
        uri,
        503,
        "Search is unavailable",
        "The search engine cannot be reached right now. Nothing is lost; try again in a moment.",
        null);
  }

  @ServerExceptionMapper
  Response badParameter(BadParameterException e, UriInfo uri) {
    return respond(uri, 400, "Invalid parameter", e.getMessage(), e.parameter());
  }

  @ServerExceptionMapper
  Response refused(RefusedException e, UriInfo uri) {
    LOG.warn("Elasticsearch refused a request", e);
    return respond(
        uri,
        e.status() == 409 ? 409 : 400,
        "The request could not be carried out",
        e.status() == 409
            ? "It was changed elsewhere in the meantime. Reload and try again."
            : "The search engine could not carry out this request.",
        null);
  }

  @ServerExceptionMapper
  Response unreadableCuration(UnreadableCurationException e, UriInfo uri) {
    return respond(uri, 400, "The curation file was not applied", e.getMessage(), null);
  }

  @ServerExceptionMapper
  Response notFound(NotFoundException e, UriInfo uri) {
    return respond(uri, 404, "Not found", "There is nothing at this address.", null);
  }

  /** The last resort: logged with an id for the operator, no internals for the reader. */
  @ServerExceptionMapper(priority = Priorities.USER + 1000)
  Response unexpected(RuntimeException e, UriInfo uri) {
    if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      return web.getResponse();
    }
    String id = UUID.randomUUID().toString();
    LOG.errorf(e, "Unexpected error %s on %s", id, uri.getPath());
    return respond(
        uri,
        500,
        "Something went wrong",
        "The portal could not answer this request (error " + id + "). Please try again.",
        null);
  }

  static Response respond(UriInfo uri, int status, String title, String message, String parameter) {
    if (uri.getPath().startsWith("/api/")) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", message);
      if (parameter != null) {
        body.put("parameter", parameter);
      }
      body.put("status", status);
      return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header(HttpHeaders.RETRY_AFTER, status == 503 ? "10" : null)
        .entity(Templates.error(status, title, message).render())
        .build();
  }
}
