package io.newsdesk.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Tag;

/** The kinds of input ingest reads, told by the file's extension or else by its content. */
enum InputFormat {
  PLAIN_TEXT,
  HTML,
  JSON_LINES,
  /** Markup whose root is no HTML element: a feed or some other XML, not a page. */
  OTHER_XML;

  private static final Pattern MARKUP_ROOT =
      Pattern.compile(
          "\\A(?:\\s|<\\?[^>]*\\?>|<!--.*?-->|<!DOCTYPE(?:[^\\[>]|\\[.*?\\])*>)*<([A-Za-z][\\w:.-]*)",
          Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  static InputFormat of(String fileName, String text) {
    String name = fileName.toLowerCase(Locale.ROOT);
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
      return root.find() && !Tag.isKnownTag(root.group(1).toLowerCase(Locale.ROOT))
          ? OTHER_XML
          : HTML;
    }
    return PLAIN_TEXT;
  }
}
