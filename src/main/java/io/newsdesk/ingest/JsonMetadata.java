package io.newsdesk.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.article.SourceMetadata;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Source metadata in a JSON object, as a JSON Lines article or a sidecar file gives it: {@code
 * outlet}, {@code url}, {@code published} (an ISO date or date-time), {@code language}, {@code
 * title}, {@code byline}. Other fields are not metadata and are ignored here.
 */
final class JsonMetadata {

  private JsonMetadata() {}

  static SourceMetadata of(JsonNode node) throws UnreadableInput {
    return new SourceMetadata(
        field(node, "outlet"),
        field(node, "url"),
        published(node),
        field(node, "language"),
        field(node, "title"),
        field(node, "byline"));
  }

  static Optional<String> field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value != null && value.isValueNode() && !value.asText().isBlank()
        ? Optional.of(value.asText().strip())
        : Optional.empty();
  }

  private static Optional<LocalDate> published(JsonNode node) throws UnreadableInput {
    Optional<String> value = field(node, "published");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> date = IsoDates.parse(value.get());
    if (date.isEmpty()) {
      throw new UnreadableInput("\"published\" is not an ISO date: " + value.get());
    }
    return date;
  }
}
