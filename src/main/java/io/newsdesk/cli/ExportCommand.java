package io.newsdesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export}: saves every match of a search on a running portal ({@code GET /api/export}) to a
 * file, with a progress bar. It starts neither the portal nor Elasticsearch.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    version = "newsdesk export 0.1",
    description = {
      "Saves every match of a search on a running Newsdesk portal as CSV or JSON Lines.",
      "Exit status: 0 when every row arrived, 1 when the portal refused or the export broke off,"
          + " 2 on a usage error."
    })
public final class ExportCommand implements Callable<Integer> {

  @Option(
      names = "--portal",
      defaultValue = "http://localhost:8080",
      description = "default: ${DEFAULT-VALUE}")
  private URI portal;

  @Option(
      names = {"-q", "--query"},
      description = "The search words, as in the search box.")
  private String text;

  @Option(names = "--person", description = "Only articles about this person (repeatable).")
  private List<String> persons = new ArrayList<>();

  @Option(names = "--organization", description = "Repeatable.")
  private List<String> organizations = new ArrayList<>();

  @Option(names = "--place", description = "Repeatable.")
  private List<String> places = new ArrayList<>();

  @Option(names = "--outlet", description = "Repeatable.")
  private List<String> outlets = new ArrayList<>();

  @Option(
      names = "--not-person",
      description = "Leave out articles about this person (repeatable).")
  private List<String> notPersons = new ArrayList<>();

  @Option(names = "--not-organization", description = "Repeatable.")
  private List<String> notOrganizations = new ArrayList<>();

  @Option(names = "--not-place", description = "Repeatable.")
  private List<String> notPlaces = new ArrayList<>();

  @Option(names = "--not-outlet", description = "Repeatable.")
  private List<String> notOutlets = new ArrayList<>();

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after.")
  private String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before.")
  private String to;

  @Option(
      names = "--sort",
      defaultValue = "relevance",
      description = "relevance, newest or oldest (default: ${DEFAULT-VALUE}).")
  private String sort;

  @Option(
      names = "--format",
      defaultValue = "csv",
      description = "csv or jsonl (default: ${DEFAULT-VALUE}).")
  private String format;

  @Option(
      names = {"-o", "--output"},
      description = "The file to write; by default the name the portal gives, in this folder.")
  private Path output;

  private final PrintStream out;
  private final PrintStream err;

  private ExportCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /** Runs the command as {@link #main} does, writing to the given streams; returns the status. */
  public static int run(PrintStream out, PrintStream err, String... args) {
    CommandLine command = new CommandLine(new ExportCommand(out, err));
    command.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    command.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    return command.execute(args);
  }

  @Override
  public Integer call() throws IOException {
    if (!format.equals("csv") && !format.equals("jsonl")) {
      err.println("--format must be csv or jsonl, not '" + format + "'.");
      return 2;
    }
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    HttpRequest request = HttpRequest.newBuilder(portal.resolve("/api/export?" + query())).build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      err.println("Could not reach the portal at " + portal + ": " + e);
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        err.println(
            "The portal answered HTTP "
                + response.statusCode()
                + ": "
                + new String(body.readAllBytes(), StandardCharsets.UTF_8));
        return 1;
      }
      long total = response.headers().firstValueAsLong("X-Total-Count").orElse(-1);
      Path target =
          output != null ? output : Path.of(DownloadName.of(response, "export." + format));
      RowCounter rows = new RowCounter(format.equals("csv"));
      try (OutputStream file = Files.newOutputStream(target);
          ProgressBar bar = ProgressBars.of("Exporting", total, " rows", err)) {
        byte[] buffer = new byte[64 * 1024];
        for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
          file.write(buffer, 0, read);
          bar.stepTo(rows.add(buffer, read));
        }
      }
      out.println(rows.count() + " rows written to " + target);
      if (total >= 0 && rows.count() != total) {
        err.println("The export broke off: " + total + " rows were announced.");
        return 1;
      }
      return 0;
    }
  }

  private String query() {
    List<String> parts = new ArrayList<>();
    add(parts, "q", text == null ? List.of() : List.of(text));
    add(parts, "person", persons);
    add(parts, "organization", organizations);
    add(parts, "place", places);
    add(parts, "outlet", outlets);
    add(parts, "not_person", notPersons);
    add(parts, "not_organization", notOrganizations);
    add(parts, "not_place", notPlaces);
    add(parts, "not_outlet", notOutlets);
    add(parts, "from", from == null ? List.of() : List.of(from));
    add(parts, "to", to == null ? List.of() : List.of(to));
    add(parts, "sort", List.of(sort));
    add(parts, "format", List.of(format));
    return String.join("&", parts);
  }

  private static void add(List<String> parts, String name, List<String> values) {
    values.forEach(v -> parts.add(name + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
  }
}
