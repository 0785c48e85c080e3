package io.newsdesk.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Tag;

/**
 * The kinds of input ingest reads, told by the file's extension or else by its content. A URL's
 * path says little about what its server sends, so an input named by its URL is told by content.
 */
enum InputFormat {
  PLAIN_TEXT,
  HTML,
  JSON_LINES,
  /** RSS (0.9x to 2.0, RDF) or Atom. */
  FEED,
  /** Markup whose root is neither an HTML element nor a feed's. */
  OTHER_XML;

  private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "rdf");

  private static final Pattern MARKUP_ROOT =
      Pattern.compile(
          "\\A(?:\\s|<\\?[^>]*\\?>|<!--.*?-->|<!DOCTYPE(?:[^\\[>]|\\[.*?\\])*>)*<([A-Za-z][\\w:.-]*)",
          Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  static InputFormat of(String fileName, String text) {
    String name = fileName.contains("://") ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".rss") || name.endsWith(".atom")) {
      return FEED;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSON_LINES;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return HTML;
    }
    if (name.endsWith(".txt")) {
      return PLAIN_TEXT;
    }
    String start = text.stripLeading().replaceFirst("\\A\uFEFF", "");
    if (start.startsWith("{")) {
      return JSON_LINES;
    }
    if (start.startsWith("<")) {
      Matcher root = MARKUP_ROOT.matcher(start);
      if (!root.find()) {
        return HTML;
      }
      String element = root.group(1).toLowerCase(Locale.ROOT);
      if (FEED_ROOTS.contains(element.substring(element.indexOf(':') + 1))) {
        return FEED;
      }
      return Tag.isKnownTag(element) ? HTML : OTHER_XML;
    }
    return PLAIN_TEXT;
  }
}
