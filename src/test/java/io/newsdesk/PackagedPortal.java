package io.newsdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged app ({@code target/quarkus-app/quarkus-run.jar}, laid out by the package phase) run
 * as an operator runs it: a separate JVM started in a folder of its own, on a free loopback port,
 * with its own embedded node under {@code data/} in that folder.
 */
public final class PackagedPortal implements AutoCloseable {

  public static final String ADMIN_TOKEN = "packaged-admin-token";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Process process;
  private final Path folder;
  private final int port;
  private final Duration startup;

  private PackagedPortal(Process process, Path folder, int port, Duration startup) {
    this.process = process;
    this.folder = folder;
    this.port = port;
    this.startup = startup;
  }

  /** The jar the package phase built; the integration tests run after that phase. */
  public static Path jar() {
    String jar = System.getProperty("newsdesk.packaged-app");
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException(
          "No packaged app at "
              + jar
              + ": run the integration tests through the build (./mvnw verify), after package");
    }
    return Path.of(jar).toAbsolutePath();
  }

  /**
   * A fresh folder outside the build's layout that the node's unprivileged user (when the tests run
   * as root) can enter.
   */
  public static Path newFolder() throws IOException {
    Path folder = Files.createTempDirectory("newsdesk-portal-");
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    return folder;
  }

  /** Starts the app with {@code folder} as its working directory; returns once it is ready. */
  public static PackagedPortal start(Path folder, Map<String, String> properties)
      throws IOException, InterruptedException {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-Dquarkus.http.host=127.0.0.1");
    command.add("-Dquarkus.http.port=" + port);
    command.add("-Dnewsdesk.admin-token=" + ADMIN_TOKEN);
    command.add("-Dnewsdesk.sample-data=false");
    // A shared, busy machine can take minutes where a laptop takes seconds.
    command.add("-Dnewsdesk.elasticsearch.startup-timeout=10m");
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-jar");
    command.add(jar().toString());
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("portal.log").toFile()));
    Instant begin = Instant.now();
    Process process = builder.start();
    PackagedPortal portal = new PackagedPortal(process, folder, port, Duration.ZERO);
    portal.awaitReady(Duration.ofMinutes(12));
    return new PackagedPortal(process, folder, port, Duration.between(begin, Instant.now()));
  }

  /** From launch to the first ready answer. */
  public Duration startup() {
    return startup;
  }

  public Path folder() {
    return folder;
  }

  public URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port + pathAndQuery);
  }

  public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofMinutes(2)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Posts JSON Lines to the ingest API as one file, with the admin token. */
  public HttpResponse<String> ingestJsonLines(String name, String jsonLines)
      throws IOException, InterruptedException {
    String boundary = "packaged-portal-boundary";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + name
            + "\"\r\nContent-Type: application/x-ndjson\r\n\r\n"
            + jsonLines
            + "\r\n--"
            + boundary
            + "--\r\n";
    HttpRequest request =
        HttpRequest.newBuilder(uri("/api/ingest"))
            .timeout(Duration.ofMinutes(10))
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** The embedded node's HTTP address, as the portal recorded it in its data folder. */
  public URI node(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + nodeState("http.port") + pathAndQuery);
  }

  public HttpResponse<String> nodeRequest(String method, String pathAndQuery, String json)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(node(pathAndQuery))
            .timeout(Duration.ofMinutes(1))
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Kills the portal's JVM at once (SIGKILL), as a crash would; its node keeps running. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(1, TimeUnit.MINUTES);
  }

  /** The portal process, for tests that watch it. */
  public boolean alive() {
    return process.isAlive();
  }

  public String logTail() {
    try (Stream<String> lines = Files.lines(folder.resolve("portal.log"))) {
      List<String> all = lines.toList();
      return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(no log)";
    }
  }

  /** The node process the portal recorded, if it left one. */
  public Optional<ProcessHandle> nodeProcess() {
    try {
      return ProcessHandle.of(Long.parseLong(nodeState("pid")));
    } catch (IllegalStateException | NumberFormatException none) {
      return Optional.empty();
    }
  }

  /**
   * Stops the portal as a service manager does (SIGTERM), which stops its node; a node still
   * running after that (left by {@link #kill}) is stopped too.
   */
  @Override
  public void close() throws InterruptedException {
    Optional<ProcessHandle> node = nodeProcess();
    process.destroy();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
    }
    node.filter(ProcessHandle::isAlive).ifPresent(PackagedPortal::stopTree);
  }

  /** Removes a folder the portals worked in. */
  public static void delete(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  static void stopTree(ProcessHandle process) {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    process.onExit().orTimeout(60, TimeUnit.SECONDS).exceptionally(late -> null).join();
    process.destroyForcibly();
    children.forEach(ProcessHandle::destroyForcibly);
  }

  private String nodeState(String key) {
    Path file = folder.resolve("data/elasticsearch/node.properties");
    try (var reader = Files.newBufferedReader(file)) {
      Properties properties = new Properties();
      properties.load(reader);
      String value = properties.getProperty(key);
      if (value == null) {
        throw new IllegalStateException(file + " has no " + key);
      }
      return value;
    } catch (IOException e) {
      throw new IllegalStateException("No node state in " + file, e);
    }
  }

  private void awaitReady(Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The packaged app exited:\n" + logTail());
      }
      try {
        if (get("/q/health/ready").statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "The packaged app was not ready in " + timeout + ":\n" + logTail());
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
