package io.newsdesk.ingest;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.newsdesk.article.SourceMetadata;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A manifest: tab-separated metadata next to a batch of files, with a header row naming the columns
 * {@code file, outlet, url, published, language} (any order; unknown columns ignored).
 */
public final class Manifest {

  private final Map<String, SourceMetadata> rows;

  private Manifest(Map<String, SourceMetadata> rows) {
    this.rows = Map.copyOf(rows);
  }

  public static Manifest empty() {
    return new Manifest(Map.of());
  }

  /** Parses a manifest; a row that cannot be used is an error naming its line. */
  public static Manifest parse(String tsv) throws InvalidManifestException {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    CsvSchema schema =
        CsvSchema.emptySchema().withHeader().withColumnSeparator('\t').withoutQuoteChar();
    Map<String, SourceMetadata> rows = new HashMap<>();
    try (MappingIterator<Map<String, String>> it =
        mapper.readerForMapOf(String.class).with(schema).readValues(tsv.strip())) {
      int line = 1;
      while (it.hasNext()) {
        line++;
        Map<String, String> row = it.next();
        String file =
            value(row, "file")
                .orElseThrow(() -> new InvalidManifestException("manifest has no 'file' column"));
        rows.put(file, metadata(row, line));
      }
    } catch (IOException | RuntimeException e) {
      if (e.getCause() instanceof InvalidManifestException invalid) {
        throw invalid;
      }
      throw new InvalidManifestException(
          "manifest is not valid tab-separated text: " + e.getMessage());
    }
    return new Manifest(rows);
  }

  public Optional<SourceMetadata> forFile(String fileName) {
    return Optional.ofNullable(rows.get(fileName));
  }

  /** The files the manifest describes, in no particular order. */
  public List<String> files() {
    return rows.keySet().stream().sorted().toList();
  }

  private static SourceMetadata metadata(Map<String, String> row, int line) {
    Optional<LocalDate> published;
    try {
      published = value(row, "published").map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          new InvalidManifestException(
              "manifest line "
                  + line
                  + ": published must be yyyy-MM-dd, not '"
                  + row.get("published")
                  + "'"));
    }
    return new SourceMetadata(
        value(row, "outlet"),
        value(row, "url"),
        published,
        value(row, "language"),
        value(row, "title"),
        value(row, "byline"));
  }

  private static Optional<String> value(Map<String, String> row, String column) {
    return Optional.ofNullable(row.get(column)).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** The manifest cannot be read; the message says where. */
  public static final class InvalidManifestException extends Exception {
    public InvalidManifestException(String message) {
      super(message);
    }
  }
}
