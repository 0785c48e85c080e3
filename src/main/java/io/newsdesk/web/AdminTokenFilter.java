package io.newsdesk.web;

import io.newsdesk.NewsdeskConfig;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Optional;

/** Refuses {@link AdminOnly} requests without the configured bearer token. */
@Provider
@AdminOnly
class AdminTokenFilter implements ContainerRequestFilter {

  // Filters are built during static init, before runtime config exists: look it up per request.
  private final Instance<NewsdeskConfig> configuration;

  AdminTokenFilter(Instance<NewsdeskConfig> configuration) {
    this.configuration = configuration;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<String> token = AdminToken.configured(configuration.get());
    if (token.isEmpty()) {
      request.abortWith(
          refusal(
              Response.Status.FORBIDDEN,
              "Writing is disabled: no newsdesk.admin-token is configured"));
      return;
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (!AdminToken.matches("Bearer " + token.get(), header)) {
      request.abortWith(
          refusal(Response.Status.UNAUTHORIZED, "A valid Authorization: Bearer token is required"));
    }
  }

  private static Response refusal(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .entity(Map.of("error", message))
        .build();
  }
}
