package io.newsdesk.enrich;

import io.newsdesk.article.ArticleDraft;
import io.newsdesk.article.SourceMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The seed articles in ../shared/seeds ({@link io.newsdesk.Seeds}), read as drafts by a
 * deliberately naive stand-in for ingest: blank lines dropped, lines that look like photo captions
 * or credits put with the captions, the first line taken as the title when it reads like one. Their
 * text is read, never copied.
 */
final class SeedDrafts {

  private static final Pattern CAPTION =
      Pattern.compile(".*(Photograph:|©|Getty Images|\\.\\s+(?:PA|AFP|AP|Reuters)$).*");

  private SeedDrafts() {}

  static ArticleDraft draft(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String title = "";
    List<String> paragraphs = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.replace('\u00a0', ' ').strip();
      if (line.isEmpty()) {
        continue;
      }
      if (CAPTION.matcher(line).matches()) {
        captions.add(line);
      } else if (title.isEmpty()
          && paragraphs.isEmpty()
          && !line.endsWith(".")
          && line.split("\\s+").length >= 4) {
        title = line;
      } else {
        paragraphs.add(line);
      }
    }
    return new ArticleDraft(
        file.getFileName().toString(), title, paragraphs, captions, SourceMetadata.none());
  }
}
