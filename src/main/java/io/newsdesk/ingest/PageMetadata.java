package io.newsdesk.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.article.SourceMetadata;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page says about its article in markup: Open Graph and article meta tags, the
 * canonical link, the page language, and schema.org JSON-LD.
 */
final class PageMetadata {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PageMetadata() {}

  static SourceMetadata of(Document page) {
    Optional<JsonNode> article = jsonLdArticle(page);
    return new SourceMetadata(
        meta(page, "meta[property=og:site_name]")
            .or(() -> article.flatMap(a -> text(a.path("publisher").path("name")))),
        attribute(page, "link[rel=canonical]", "href")
            .or(() -> meta(page, "meta[property=og:url]")),
        published(page, article),
        attribute(page, "html[lang]", "lang")
            .map(lang -> lang.split("[-_]")[0].toLowerCase(Locale.ROOT)),
        Optional.empty(),
        meta(page, "meta[name=author]")
            .or(() -> meta(page, "meta[property=article:author]"))
            .filter(author -> !author.contains("://"))
            .or(() -> article.flatMap(PageMetadata::authorName)));
  }

  private static Optional<LocalDate> published(Document page, Optional<JsonNode> article) {
    return Stream.of(
            meta(page, "meta[property=article:published_time]"),
            meta(page, "meta[itemprop=datePublished]"),
            meta(page, "meta[name~=(?i)^(date|pubdate|publish-date|dc.date.issued|dc.date)$]"),
            attribute(page, "time[itemprop=datePublished]", "datetime"),
            article.flatMap(a -> text(a.path("datePublished"))))
        .flatMap(Optional::stream)
        .map(IsoDates::parse)
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<String> meta(Document page, String selector) {
    return attribute(page, selector, "content");
  }

  private static Optional<String> attribute(Document page, String selector, String name) {
    Element element = page.selectFirst(selector);
    return Optional.ofNullable(element)
        .map(e -> Whitespace.collapse(e.attr(name)))
        .filter(value -> !value.isEmpty());
  }

  private static Optional<JsonNode> jsonLdArticle(Document page) {
    return page.select("script[type=application/ld+json]").stream()
        .map(script -> parse(script.data()))
        .flatMap(Optional::stream)
        .flatMap(PageMetadata::objects)
        .filter(node -> node.hasNonNull("datePublished") || node.hasNonNull("headline"))
        .findFirst();
  }

  private static Optional<JsonNode> parse(String json) {
    try {
      return Optional.of(JSON.readTree(json));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  private static Stream<JsonNode> objects(JsonNode node) {
    if (node.isArray()) {
      return Stream.iterate(0, i -> i < node.size(), i -> i + 1).flatMap(i -> objects(node.get(i)));
    }
    return node.has("@graph") ? objects(node.get("@graph")) : Stream.of(node);
  }

  private static Optional<String> authorName(JsonNode article) {
    JsonNode author = article.path("author");
    JsonNode first = author.isArray() ? author.path(0) : author;
    return text(first.isObject() ? first.path("name") : first);
  }

  private static Optional<String> text(JsonNode node) {
    return node.isTextual() && !node.asText().isBlank()
        ? Optional.of(Whitespace.collapse(node.asText()))
        : Optional.empty();
  }
}
