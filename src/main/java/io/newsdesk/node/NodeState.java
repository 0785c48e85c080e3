package io.newsdesk.node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What a running embedded node left in the data folder: its process and port. A portal that crashed
 * leaves it behind, and the next start finds the node through it instead of doubling it.
 */
record NodeState(long pid, int httpPort) {

  static Path file(Path dataDir) {
    return dataDir.resolve("elasticsearch").resolve("node.properties");
  }

  static Optional<NodeState> read(Path dataDir) {
    Path file = file(dataDir);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Properties properties = new Properties();
      properties.load(reader);
      return Optional.of(
          new NodeState(
              Long.parseLong(properties.getProperty("pid")),
              Integer.parseInt(properties.getProperty("http.port"))));
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  void write(Path dataDir) throws IOException {
    Properties properties = new Properties();
    properties.setProperty("pid", Long.toString(pid));
    properties.setProperty("http.port", Integer.toString(httpPort));
    Path file = file(dataDir);
    Files.createDirectories(file.getParent());
    try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      properties.store(writer, "embedded Elasticsearch of this portal");
    }
  }

  static void clear(Path dataDir) throws IOException {
    Files.deleteIfExists(file(dataDir));
  }

  /** The recorded process still runs and is an Elasticsearch, not a recycled pid. */
  boolean processAlive() {
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .flatMap(process -> process.info().commandLine())
        .filter(commandLine -> commandLine.contains("elasticsearch"))
        .isPresent();
  }
}
