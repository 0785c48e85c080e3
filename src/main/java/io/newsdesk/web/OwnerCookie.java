package io.newsdesk.web;

import io.newsdesk.saved.Owner;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.Optional;

/**
 * The cookie that holds a browser's owner token: script cannot read it, other sites cannot post
 * with it.
 */
final class OwnerCookie {

  static final String NAME = "newsdesk_owner";

  // Browsers cap a cookie's life at 400 days whatever it asks for.
  private static final int MAX_AGE = (int) Duration.ofDays(400).toSeconds();

  private OwnerCookie() {}

  static Optional<Owner> read(String value) {
    return Owner.fromToken(value);
  }

  /**
   * Lax rather than Strict: a link to the saved list from a mail or a feed reader must still show
   * the owner's list. Lax already keeps the cookie off other sites' form posts.
   */
  static NewCookie of(Owner owner, UriInfo uri) {
    return new NewCookie.Builder(NAME)
        .value(owner.token())
        .path("/")
        .httpOnly(true)
        .sameSite(NewCookie.SameSite.LAX)
        .secure("https".equalsIgnoreCase(uri.getBaseUri().getScheme()))
        .maxAge(MAX_AGE)
        .build();
  }

  /** Sets the cookie on a response when the request made the browser's identity. */
  static Response.ResponseBuilder remember(
      Response.ResponseBuilder response, Visitor visitor, UriInfo uri) {
    return visitor.isNew() ? response.cookie(of(visitor.owner(), uri)) : response;
  }

  /** The owner a request acts for, and whether this request created it. */
  record Visitor(Owner owner, boolean isNew) {}
}
