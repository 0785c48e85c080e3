package io.newsdesk.web;

import io.newsdesk.saved.Owner;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.Optional;

/**
 * Protection against cross-site request forgery. A browser with an owner sends that owner's token
 * (a hidden {@code csrf_token} field, or the {@code X-CSRF-Token} header for the API), which
 * another site cannot read or compute. A browser's very first save or star has no owner yet and so
 * no secret to tie a token to; there the browser's own {@code Sec-Fetch-Site} or {@code Origin}
 * header must say the form came from this site.
 */
final class Csrf {

  static final String FIELD = "csrf_token";
  static final String HEADER = "X-CSRF-Token";

  private static final String FORM_REFUSED =
      "This form is out of date or did not come from this site, so nothing was changed. Go back,"
          + " reload the page and try again.";

  private Csrf() {}

  /** A form that may be a browser's first: its owner, or a new one if it has none. */
  static OwnerCookie.Visitor formVisitor(
      Optional<Owner> cookie, String token, HttpHeaders headers) {
    if (cookie.isPresent()) {
      return new OwnerCookie.Visitor(formOwner(cookie, token), false);
    }
    if (!fromThisSite(headers)) {
      throw new CsrfRefusedException(FORM_REFUSED);
    }
    return new OwnerCookie.Visitor(Owner.create(), true);
  }

  /** A form that changes what an existing owner has. */
  static Owner formOwner(Optional<Owner> cookie, String token) {
    return cookie
        .filter(owner -> owner.acceptsCsrfToken(token))
        .orElseThrow(() -> new CsrfRefusedException(FORM_REFUSED));
  }

  /** A state-changing API call: the owner cookie and its token in the header. */
  static Owner apiOwner(Optional<Owner> cookie, String token) {
    Owner owner =
        cookie.orElseThrow(
            () ->
                new CsrfRefusedException(
                    "No owner cookie: call GET /api/saved-searches first and send back the "
                        + OwnerCookie.NAME
                        + " cookie it sets."));
    if (!owner.acceptsCsrfToken(token)) {
      throw new CsrfRefusedException(
          "Missing or wrong "
              + HEADER
              + " header: send the csrf_token that GET /api/saved-searches returns.");
    }
    return owner;
  }

  /** The token for a page's forms; empty while the browser has no owner. */
  static String tokenFor(Optional<Owner> owner) {
    return owner.map(Owner::csrfToken).orElse("");
  }

  private static boolean fromThisSite(HttpHeaders headers) {
    String site = headers.getHeaderString("Sec-Fetch-Site");
    if (site != null) {
      return site.equals("same-origin") || site.equals("none");
    }
    String origin = headers.getHeaderString("Origin");
    if (origin == null) {
      // Not a browser that can be tricked into posting: scripts send neither header.
      return true;
    }
    try {
      String host = headers.getHeaderString(HttpHeaders.HOST);
      return host != null && host.equalsIgnoreCase(URI.create(origin).getRawAuthority());
    } catch (IllegalArgumentException unreadable) {
      return false;
    }
  }
}
