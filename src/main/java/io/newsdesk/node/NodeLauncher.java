package io.newsdesk.node;

import io.newsdesk.NewsdeskConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds and starts the command line of an embedded node. */
final class NodeLauncher {

  private final NewsdeskConfig.Embedded config;
  private final Path home;
  private final NodeFolders folders;

  NodeLauncher(NewsdeskConfig.Embedded config, Path home, NodeFolders folders) {
    this.config = config;
    this.home = home;
    this.folders = folders;
  }

  Process launch(int httpPort) throws IOException {
    List<String> command = new ArrayList<>();
    folders.unprivilegedUser().ifPresent(user -> command.addAll(user.dropPrivilegesCommand()));
    command.add(home.resolve("bin/elasticsearch").toString());
    command.addAll(
        List.of(
            "-p",
            folders.pidFile().toString(),
            "-Ecluster.name=newsdesk",
            "-Enode.name=newsdesk-embedded",
            "-Ediscovery.type=single-node",
            "-Expack.security.enabled=false",
            "-Enetwork.host=127.0.0.1",
            "-Ehttp.port=" + httpPort,
            "-Etransport.port=" + EmbeddedNodeConfigSourceFactory.freeLoopbackPort(),
            "-Epath.data=" + folders.data(),
            "-Epath.logs=" + folders.logs(),
            // A laptop's nearly full disk must not turn the portal's index read-only.
            "-Ecluster.routing.allocation.disk.threshold_enabled=false"));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.put("ES_JAVA_HOME", System.getProperty("java.home"));
    env.put("ES_PATH_CONF", folders.config().toString());
    env.put("ES_TMPDIR", folders.tmp().toString());
    env.put("ES_JAVA_OPTS", "-Xms" + config.heap() + " -Xmx" + config.heap());
    env.remove("JAVA_TOOL_OPTIONS");
    Files.deleteIfExists(folders.pidFile());
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(folders.consoleLog().toFile()));
    return builder.start();
  }
}
