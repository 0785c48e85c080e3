package io.newsdesk.cli;

import io.newsdesk.fetch.WebFetcher;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ingest PATH|URL...}: sends files, folders and web addresses to a running portal's ingest
 * API in batches, with a progress bar and a summary; exits 1 when anything was rejected. It starts
 * neither the portal nor Elasticsearch.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    version = "newsdesk ingest 0.1",
    description = {
      "Sends articles to a running Newsdesk portal: files (text, HTML, JSON Lines, RSS, Atom),"
          + " folders (recursively; a folder's manifest.tsv applies to its files; story.html.json"
          + " or story.json beside story.html is its metadata) and http(s) URLs of pages or feeds.",
      "Exit status: 0 when everything was ingested, 1 when anything was rejected or not sent,"
          + " 2 on a usage error."
    })
public final class IngestCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH|URL", arity = "1..*", description = "Files, folders or URLs.")
  private List<String> inputs = new ArrayList<>();

  @Option(
      names = "--portal",
      defaultValue = "http://localhost:8080",
      description = "The portal's address (default: ${DEFAULT-VALUE}).")
  private URI portal;

  @Option(
      names = "--token",
      defaultValue = "${env:NEWSDESK_ADMIN_TOKEN}",
      description =
          "The portal's admin token; by default the environment variable NEWSDESK_ADMIN_TOKEN,"
              + " which keeps it out of the process list.")
  private String token;

  @Option(
      names = "--batch-size",
      defaultValue = "20",
      description = "Files sent in one request (default: ${DEFAULT-VALUE}).")
  private int batchSize;

  @Option(
      names = "--fetch-timeout",
      defaultValue = "30",
      paramLabel = "SECONDS",
      description = "Time limit for fetching one URL (default: ${DEFAULT-VALUE}).")
  private int fetchTimeout;

  private final PrintStream out;
  private final PrintStream err;

  private IngestCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /** Runs the command as {@link #main} does, writing to the given streams; returns the status. */
  public static int run(PrintStream out, PrintStream err, String... args) {
    CommandLine command = new CommandLine(new IngestCommand(out, err));
    command.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    command.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    return command.execute(args);
  }

  @Override
  public Integer call() throws IOException {
    if (token == null || token.isBlank()) {
      err.println("No admin token: pass --token or set NEWSDESK_ADMIN_TOKEN.");
      return 2;
    }
    if (batchSize < 1 || fetchTimeout < 1) {
      err.println("--batch-size and --fetch-timeout must be at least 1.");
      return 2;
    }
    // The portal refuses files over its own limit with a reason; this only bounds memory.
    WebFetcher fetcher = new WebFetcher(Duration.ofSeconds(fetchTimeout), 64L * 1024 * 1024);
    InputCollector collector = new InputCollector(batchSize, fetcher);
    for (String input : inputs) {
      collector.add(input);
    }
    Tally tally = new Tally();
    collector.missing().forEach(path -> tally.reject(path, "no such file or folder"));
    List<Batch> batches = collector.batches();
    PortalClient client = new PortalClient(portal, token.strip());
    int total = batches.stream().mapToInt(Batch::articleFiles).sum();
    try (ProgressBar bar = ProgressBars.of("Ingesting", total, " files", err)) {
      String refusal = null;
      for (Batch batch : batches) {
        if (refusal == null) {
          refusal = send(batch, client, tally);
        } else {
          notSent(batch, refusal, tally);
        }
        bar.stepBy(batch.articleFiles());
      }
    }
    tally.print(out);
    return tally.anyRejected() ? 1 : 0;
  }

  /** Sends one batch; returns why no later batch can succeed either, or null. */
  private static String send(Batch batch, PortalClient client, Tally tally) {
    List<PortalClient.Upload> uploads = new ArrayList<>();
    Map<String, String> labels = new HashMap<>();
    for (List<Part> unit : batch.units()) {
      List<PortalClient.Upload> read = new ArrayList<>();
      try {
        for (Part part : unit) {
          read.add(new PortalClient.Upload(part.name(), part.content().bytes()));
          labels.put(part.name(), part.label());
        }
        uploads.addAll(read);
      } catch (IOException e) {
        tally.reject(unit.get(0).label(), e.getMessage());
      }
    }
    if (uploads.isEmpty()) {
      return null;
    }
    PortalClient.Upload manifest = null;
    if (batch.manifest().isPresent()) {
      Part part = batch.manifest().get();
      try {
        manifest = new PortalClient.Upload(part.name(), part.content().bytes());
      } catch (IOException e) {
        notSent(batch, "its manifest could not be read: " + e.getMessage(), tally);
        return null;
      }
    }
    try {
      for (PortalClient.Result result : client.send(uploads, manifest)) {
        String label = labels.getOrDefault(result.file(), result.file());
        if (result.status().equals("rejected")) {
          tally.reject(label, withoutName(result.reason(), result.file()));
        } else {
          tally.add(result.status());
        }
      }
      return null;
    } catch (PortalClient.Refused e) {
      notSent(batch, e.getMessage(), tally);
      return e.isFatal() ? e.getMessage() : null;
    }
  }

  private static void notSent(Batch batch, String why, Tally tally) {
    for (List<Part> unit : batch.units()) {
      tally.reject(unit.get(0).label(), "not sent: " + why);
    }
  }

  // The portal's reasons start with the file's name, which the summary already shows.
  private static String withoutName(String reason, String file) {
    String prefix = file + ": ";
    return reason != null && reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason;
  }
}
