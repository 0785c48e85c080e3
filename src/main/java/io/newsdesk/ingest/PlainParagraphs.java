package io.newsdesk.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text into paragraphs. Scraped text puts one paragraph on a line, with or without
 * blank lines between; text wrapped at a fixed width is joined back into paragraphs.
 */
final class PlainParagraphs {

  private static final int MIN_WRAP_WIDTH = 40;
  private static final int MAX_WRAP_WIDTH = 100;
  private static final double FULL_LINE = 0.6;

  private PlainParagraphs() {}

  static List<String> split(String text) {
    List<String> paragraphs = new ArrayList<>();
    List<String> block = new ArrayList<>();
    for (String line : text.split("\\R", -1)) {
      String collapsed = Whitespace.collapse(line);
      if (collapsed.isEmpty()) {
        flush(block, paragraphs);
      } else {
        block.add(collapsed);
      }
    }
    flush(block, paragraphs);
    return paragraphs;
  }

  private static void flush(List<String> block, List<String> paragraphs) {
    if (isHardWrapped(block)) {
      paragraphs.add(String.join(" ", block));
    } else {
      paragraphs.addAll(block);
    }
    block.clear();
  }

  // Wrapped text fills every line but the last to about the same width.
  private static boolean isHardWrapped(List<String> block) {
    if (block.size() < 2) {
      return false;
    }
    int width = block.stream().mapToInt(String::length).max().orElse(0);
    if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) {
      return false;
    }
    return block.subList(0, block.size() - 1).stream()
        .allMatch(line -> line.length() >= FULL_LINE * width);
  }
}
