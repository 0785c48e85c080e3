package io.newsdesk.enrich;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Stable identity. From the URL when known (tracking parameters and fragments do not count);
 * otherwise from the outlet and the headline, so a corrected body updates the same article rather
 * than adding a second one.
 */
final class ArticleIds {

  private ArticleIds() {}

  static String of(Optional<String> url, Optional<String> outlet, String title, String body) {
    String basis =
        url.map(ArticleIds::canonicalUrl)
            .map(u -> "url:" + u)
            .orElseGet(
                () ->
                    "text:"
                        + outlet.map(ArticleIds::fold).orElse("")
                        + "\u0000"
                        + (title.isBlank() ? fold(body) : fold(title)));
    return hash(basis).substring(0, 20);
  }

  /**
   * What a reader sees of an article: its text and the metadata shown with it, so that sending an
   * article again with a corrected byline, date or outlet updates it rather than counting as
   * unchanged.
   */
  static String contentHash(String title, String body, String... metadata) {
    return hash(title + "\u0000" + body + "\u0000" + String.join("\u0000", metadata));
  }

  static String canonicalUrl(String url) {
    try {
      URI uri = new URI(url.strip());
      String query =
          uri.getRawQuery() == null
              ? null
              : Arrays.stream(uri.getRawQuery().split("&"))
                  .filter(
                      p ->
                          !p.startsWith("utm_")
                              && !p.startsWith("fbclid")
                              && !p.startsWith("gclid"))
                  .sorted()
                  .collect(Collectors.joining("&"));
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      if (path.length() > 1 && path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      if (host.startsWith("www.")) {
        host = host.substring(4);
      }
      return host + path + (query == null || query.isEmpty() ? "" : "?" + query);
    } catch (URISyntaxException e) {
      return url.strip();
    }
  }

  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }

  private static String hash(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
