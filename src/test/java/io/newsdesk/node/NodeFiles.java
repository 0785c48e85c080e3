package io.newsdesk.node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/** What a running embedded node left in a data directory: its HTTP port and server process. */
public final class NodeFiles {

  private NodeFiles() {}

  public static Optional<Integer> httpPort(Path dataDir) {
    return NodeState.read(dataDir).map(NodeState::httpPort);
  }

  /** The Elasticsearch server JVM, as its pid file names it (not the launcher process). */
  public static OptionalLong serverPid(Path dataDir) {
    Path pidFile = new NodeFolders(dataDir, dataDir, Optional.empty()).pidFile();
    try {
      return OptionalLong.of(
          Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).strip()));
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
