package io.newsdesk.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.article.ArticleDraft;
import io.newsdesk.article.SourceMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads JSON Lines, one article a line: {@code title}, {@code body} or {@code html}, {@code url},
 * {@code outlet}, {@code published}, {@code byline}, {@code language}. A bad line is reported by
 * its number and the others are kept.
 */
final class JsonLinesReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLinesReader() {}

  static ReadOutcome read(String source, String text, SourceMetadata fileMetadata) {
    List<ArticleDraft> drafts = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      int number = i + 1;
      try {
        drafts.add(article(source + ":" + number, lines[i], fileMetadata));
      } catch (UnreadableInput e) {
        rejections.add(Rejection.ofLine(source, number, e.getMessage()));
      }
    }
    return drafts.isEmpty()
        ? new ReadOutcome.Rejected(
            rejections.isEmpty()
                ? List.of(Rejection.ofFile(source, "no JSON lines, only whitespace"))
                : rejections)
        : new ReadOutcome.Read(drafts, rejections);
  }

  private static ArticleDraft article(String source, String line, SourceMetadata fileMetadata)
      throws UnreadableInput {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new UnreadableInput("not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (!node.isObject()) {
      throw new UnreadableInput("not a JSON object");
    }
    Optional<String> body = JsonMetadata.field(node, "body");
    Optional<String> html = JsonMetadata.field(node, "html");
    if (body.isEmpty() && html.isEmpty()) {
      throw new UnreadableInput("has neither \"body\" nor \"html\"");
    }
    SourceMetadata metadata = MetadataPrecedence.over(JsonMetadata.of(node), fileMetadata);
    Optional<ArticleDraft> draft =
        html.isPresent()
            ? HtmlReader.read(source, html.get(), metadata)
            : PlainTextReader.read(source, body.get(), metadata);
    return draft.orElseThrow(
        () -> new UnreadableInput("no article text once the page chrome is removed"));
  }
}
