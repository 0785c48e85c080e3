package io.newsdesk.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The embedded node's folders under the data directory. Config is copied out of the distribution so
 * the distribution itself can stay read-only and shared.
 */
final class NodeFolders {

  private final Path root;
  private final Path home;
  private final Optional<UnprivilegedUser> user;

  NodeFolders(Path dataDir, Path home, Optional<UnprivilegedUser> user) {
    this.root = dataDir.toAbsolutePath().resolve("elasticsearch");
    this.home = home.toAbsolutePath();
    this.user = user;
  }

  Path data() {
    return root.resolve("data");
  }

  Path logs() {
    return root.resolve("logs");
  }

  Path config() {
    return root.resolve("config");
  }

  Path tmp() {
    return root.resolve("tmp");
  }

  Path pidFile() {
    return root.resolve("node.pid");
  }

  Path consoleLog() {
    return logs().resolve("console.log");
  }

  Optional<UnprivilegedUser> unprivilegedUser() {
    return user;
  }

  /** Creates what is missing and hands it all to the node's user. */
  void prepare() throws IOException {
    for (Path dir : new Path[] {data(), logs(), tmp()}) {
      Files.createDirectories(dir);
    }
    if (!Files.isDirectory(config())) {
      copyTree(home.resolve("config"), config());
    }
    if (user.isPresent()) {
      user.get().takeOwnership(root);
    }
  }

  String consoleTail() {
    try (Stream<String> lines = Files.lines(consoleLog())) {
      var all = lines.toList();
      return String.join("\n", all.subList(Math.max(0, all.size() - 20), all.size()));
    } catch (IOException | RuntimeException e) {
      return "(no console log)";
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : paths.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
