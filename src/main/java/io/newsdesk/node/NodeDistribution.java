package io.newsdesk.node;

import io.newsdesk.NewsdeskConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the embedded node's Elasticsearch distribution and analysis plugin are: as configured, or
 * in the folder {@code elasticsearch/} the build lays out beside the app (next to {@code
 * quarkus-run.jar}, or next to the classes in tests and dev mode). Found from the app's own
 * location, so the portal starts from any working directory.
 */
record NodeDistribution(Path home, Path plugin) {

  static final String FOLDER = "elasticsearch";

  static NodeDistribution of(NewsdeskConfig.Embedded config) {
    String version = version();
    Optional<Path> beside = besideTheApp(codeLocation(), version);
    Path home =
        config
            .home()
            .orElseGet(
                () ->
                    beside
                        .map(dir -> dir.resolve("elasticsearch-" + version))
                        .orElseThrow(() -> missing(version)));
    Path plugin =
        config
            .plugin()
            .orElseGet(
                () ->
                    beside
                        .map(dir -> dir.resolve("newsdesk-analysis-" + version + ".zip"))
                        .orElseThrow(() -> missing(version)));
    return new NodeDistribution(home.toAbsolutePath(), plugin.toAbsolutePath());
  }

  /**
   * The first {@code elasticsearch/} folder holding this version, from the folder of the app's code
   * upwards: {@code quarkus-app/app/newsdesk.jar} finds {@code quarkus-app/elasticsearch}, {@code
   * target/classes} finds {@code target/elasticsearch}.
   */
  static Optional<Path> besideTheApp(Path codeLocation, String version) {
    for (Path dir = codeLocation.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FOLDER);
      if (Files.isDirectory(candidate.resolve("elasticsearch-" + version))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static IllegalStateException missing(String version) {
    return new IllegalStateException(
        "No Elasticsearch "
            + version
            + " beside the app (a folder "
            + FOLDER
            + "/ next to "
            + codeLocation()
            + " or above it): build the project (./mvnw package -DskipTests), set"
            + " newsdesk.elasticsearch.home and newsdesk.elasticsearch.plugin, or point"
            + " quarkus.elasticsearch.hosts at a cluster");
  }

  /** The jar or classes folder this class was loaded from. */
  static Path codeLocation() {
    URL location = NodeDistribution.class.getProtectionDomain().getCodeSource().getLocation();
    try {
      return Path.of(location.toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IllegalStateException("The app's location is not a file: " + location, e);
    }
  }

  static String version() {
    try (InputStream in = NodeDistribution.class.getResourceAsStream("distribution.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("elasticsearch.version");
    } catch (IOException e) {
      throw new UncheckedIOException("distribution.properties is missing from the build", e);
    }
  }
}
