package io.newsdesk.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Writes a run's figures: the printed report, {@code <out>/<corpus>-<time>.json} and a copy as
 * {@code <out>/<corpus>-latest.json}, and the change against the previous latest of that corpus.
 */
final class Report {

  static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private Report() {}

  static void write(Figures figures, Path out) throws IOException {
    ReportText.print(figures, System.out);
    Files.createDirectories(out);
    String stem = figures.corpus().replaceAll("[^A-Za-z0-9+._-]", "_");
    Path latest = out.resolve(stem + "-latest.json");
    Optional<JsonNode> previous =
        Files.exists(latest) ? Optional.of(JSON.readTree(latest.toFile())) : Optional.empty();
    JsonNode current = JSON.valueToTree(figures);
    previous.ifPresent(p -> Changes.print(p, current, System.out));
    Path file = out.resolve(stem + "-" + figures.measuredAt().replaceAll("[^0-9T]", "") + ".json");
    JSON.writeValue(file.toFile(), current);
    Files.copy(file, latest, StandardCopyOption.REPLACE_EXISTING);
    System.out.println("\nfigures written to " + file + " (and " + latest.getFileName() + ")");
  }
}
