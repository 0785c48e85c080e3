package io.newsdesk.web;

import io.newsdesk.search.Facet;
import io.newsdesk.search.SearchQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The name an export is saved under: its words and picked values, e.g. {@code strike-jana-novak}.
 */
final class ExportFileName {

  private static final int MAX_LENGTH = 80;

  private ExportFileName() {}

  static String of(SearchQuery query) {
    List<String> parts = new ArrayList<>();
    parts.add(query.text());
    for (Facet facet : Facet.values()) {
      parts.addAll(query.included(facet));
    }
    query.from().ifPresent(d -> parts.add(d.toString()));
    query.to().ifPresent(d -> parts.add(d.toString()));
    String name =
        String.join(" ", parts)
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", "-")
            .replaceAll("^-+|-+$", "");
    if (name.length() > MAX_LENGTH) {
      name = name.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return "newsdesk-" + (name.isEmpty() ? "all-articles" : name);
  }

  /**
   * An attachment header with a plain ASCII name for every client and the full name (RFC 6266
   * {@code filename*}) for those that read it.
   */
  static String disposition(SearchQuery query, ExportFormat format) {
    String name = of(query) + "." + format.parameter();
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z0-9.-]+", "-");
    return "attachment; filename=\""
        + ascii
        + "\"; filename*=UTF-8''"
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
