package io.newsdesk.saved;

import io.newsdesk.NewsdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The links in alert mails, on {@code newsdesk.public-url}; without it there are no alerts. */
@ApplicationScoped
class AlertLinks {

  private final Optional<String> base;

  AlertLinks(NewsdeskConfig config) {
    this.base = config.publicUrl().map(URI::toString).map(url -> url.replaceAll("/+$", ""));
  }

  boolean offered() {
    return base.isPresent();
  }

  String confirm(String token) {
    return url("/alerts/confirm/" + token);
  }

  String unsubscribe(String token) {
    return url("/alerts/unsubscribe/" + token);
  }

  String savedSearch(String id) {
    return url("/saved/" + encode(id) + "/open");
  }

  String article(String id, String text) {
    return url(
        "/articles/"
            + encode(id).replace("+", "%20")
            + (text.isBlank() ? "" : "?q=" + encode(text)));
  }

  private String url(String path) {
    return base.orElseThrow(AlertsNotOfferedException::new) + path;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
