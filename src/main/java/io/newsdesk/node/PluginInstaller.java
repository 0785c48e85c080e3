package io.newsdesk.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Installs the analysis plugin with Elasticsearch's own tool, once per distribution, and again when
 * the build has made a newer plugin.
 */
final class PluginInstaller {

  static final String PLUGIN_NAME = "newsdesk-analysis";

  private final Path home;
  private final Path pluginZip;

  PluginInstaller(Path home, Path pluginZip) {
    this.home = home.toAbsolutePath();
    this.pluginZip = pluginZip.toAbsolutePath();
  }

  void ensureInstalled() throws IOException, InterruptedException {
    if (!Files.isRegularFile(pluginZip)) {
      throw new IllegalStateException(
          "The analysis plugin "
              + pluginZip
              + " is missing: build the project first (./mvnw package -DskipTests)");
    }
    Path installed = home.resolve("plugins").resolve(PLUGIN_NAME);
    if (Files.isDirectory(installed)) {
      if (Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(pluginZip))
          >= 0) {
        return;
      }
      run("remove", PLUGIN_NAME);
    }
    run("install", "--batch", pluginZip.toUri().toString());
  }

  private void run(String... arguments) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of(home.resolve("bin/elasticsearch-plugin").toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("ES_PATH_CONF", home.resolve("config").toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(
          "elasticsearch-plugin " + arguments[0] + " failed:\n" + output);
    }
  }
}
