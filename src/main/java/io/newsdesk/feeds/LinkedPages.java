package io.newsdesk.feeds;

import io.newsdesk.fetch.WebFetcher;
import io.newsdesk.fetch.WebFetcher.FetchFailure;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;

/**
 * Fetches the page a summary-only feed item links to, within the page size and time limits. A
 * feed's links are a third party's words: a link to a loopback, private or link-local address (the
 * search engine's own port, a cloud metadata service) is refused unless the feed itself is on that
 * host, and so is each address a redirect leads to.
 */
final class LinkedPages {

  private static final int MAX_REDIRECTS = 5;

  private final WebFetcher fetcher;

  /**
   * @param fetcher one that hands redirects back ({@link WebFetcher#handingBackRedirects})
   */
  LinkedPages(WebFetcher fetcher) {
    this.fetcher = fetcher;
  }

  byte[] fetch(URI page, URI feed) throws FetchFailure {
    URI address = page;
    for (int redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
      if (!sameHost(address, feed) && !isPublic(address)) {
        throw new FetchFailure("refused: " + address + " is a private or local address");
      }
      WebFetcher.Fetched fetched = fetcher.get(address);
      if (fetched instanceof WebFetcher.Fetched.Body body) {
        return body.bytes();
      }
      if (!(fetched instanceof WebFetcher.Fetched.Redirect redirect)) {
        throw new FetchFailure("answered 'not modified' to an unconditional request");
      }
      if ("https".equalsIgnoreCase(address.getScheme())
          && !"https".equalsIgnoreCase(redirect.location().getScheme())) {
        throw new FetchFailure("redirected from https to " + redirect.location());
      }
      address = redirect.location();
    }
    throw new FetchFailure("more than " + MAX_REDIRECTS + " redirects");
  }

  private static boolean sameHost(URI page, URI feed) {
    return page.getHost() != null
        && page.getHost().toLowerCase(Locale.ROOT).equals(lower(feed.getHost()));
  }

  private static boolean isPublic(URI page) throws FetchFailure {
    if (page.getHost() == null) {
      throw new FetchFailure("not a web address: " + page);
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(page.getHost())) {
        if (address.isLoopbackAddress()
            || address.isAnyLocalAddress()
            || address.isLinkLocalAddress()
            || address.isSiteLocalAddress()
            || address.isMulticastAddress()
            || isUniqueLocal(address)) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      throw new FetchFailure("unknown host " + page.getHost());
    }
  }

  // IPv6 fc00::/7, the private range Java's isSiteLocalAddress does not cover.
  private static boolean isUniqueLocal(InetAddress address) {
    byte[] bytes = address.getAddress();
    return bytes.length == 16 && (bytes[0] & 0xFE) == 0xFC;
  }

  private static String lower(String host) {
    return Objects.requireNonNullElse(host, "").toLowerCase(Locale.ROOT);
  }
}
