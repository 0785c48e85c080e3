package io.newsdesk.stories;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The name a story shows for an article's source: the outlet, else the web site it came from, else
 * "Unknown outlet" (one unnamed source among the named ones).
 */
final class OutletLabel {

  static final String UNKNOWN = "Unknown outlet";

  private OutletLabel() {}

  static String of(String outlet, String url) {
    if (outlet != null && !outlet.isBlank()) {
      return outlet.strip();
    }
    if (url != null) {
      try {
        String host = new URI(url.strip()).getHost();
        if (host != null && !host.isBlank()) {
          String lower = host.toLowerCase(Locale.ROOT);
          return lower.startsWith("www.") ? lower.substring(4) : lower;
        }
      } catch (URISyntaxException e) {
        // Not a usable address: the outlet stays unknown.
      }
    }
    return UNKNOWN;
  }
}
