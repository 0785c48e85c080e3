package io.newsdesk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.newsdesk.search.ExportRow;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The two export formats and how each writes rows. */
enum ExportFormat {
  JSONL("jsonl", "application/x-ndjson; charset=utf-8"),
  CSV("csv", "text/csv; charset=utf-8; header=present");

  /** How lists are joined in one CSV cell. */
  static final String LIST_SEPARATOR = "; ";

  // Cells a spreadsheet would run as a formula (OWASP's list); a leading quote makes them text.
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private static final CsvMapper CSV_MAPPER = new CsvMapper();

  private final String parameter;
  private final String mediaType;

  ExportFormat(String parameter, String mediaType) {
    this.parameter = parameter;
    this.mediaType = mediaType;
  }

  String parameter() {
    return parameter;
  }

  String mediaType() {
    return mediaType;
  }

  static Optional<ExportFormat> fromParameter(String value) {
    return Arrays.stream(values()).filter(f -> f.parameter.equals(value)).findFirst();
  }

  /** A writer of rows onto the stream, which it does not close. */
  SequenceWriter open(OutputStream out, ObjectMapper json) throws IOException {
    return switch (this) {
      case JSONL -> json.writer().withRootValueSeparator("\n").writeValues(out);
      case CSV -> {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        ExportRow.COLUMNS.forEach(schema::addColumn);
        yield CSV_MAPPER.writer(schema.build()).writeValues(out);
      }
    };
  }

  /** The value that goes on the stream for one row. */
  Object value(ExportRow row) {
    return this == JSONL ? row : cells(row);
  }

  static List<String> cells(ExportRow row) {
    List<String> cells = new ArrayList<>();
    cells.add(row.id());
    cells.add(row.title());
    cells.add(row.outlet());
    cells.add(row.published() == null ? null : row.published().toString());
    cells.add(row.url());
    cells.add(String.join(LIST_SEPARATOR, row.persons()));
    cells.add(String.join(LIST_SEPARATOR, row.organizations()));
    cells.add(String.join(LIST_SEPARATOR, row.places()));
    cells.add(row.storyId());
    cells.add(row.language());
    return cells.stream().map(ExportFormat::safeCell).toList();
  }

  /** Text as a spreadsheet shows it, never as a formula it runs. */
  static String safeCell(String value) {
    if (value == null) {
      return "";
    }
    return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }
}
