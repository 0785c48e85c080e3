package io.newsdesk.node;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Elasticsearch refuses to run as root. When the portal is root (a container, a CI runner), the
 * node runs as an ordinary user through util-linux's {@code setpriv}, and owns its folders.
 */
record UnprivilegedUser(String name, String group) {

  static Optional<UnprivilegedUser> whenRoot(String userName) {
    if (!"root".equals(System.getProperty("user.name"))) {
      return Optional.empty();
    }
    return Optional.of(new UnprivilegedUser(userName, primaryGroup(userName)));
  }

  List<String> dropPrivilegesCommand() {
    return List.of("setpriv", "--reuid=" + name, "--regid=" + group, "--clear-groups");
  }

  void takeOwnership(Path root) throws IOException {
    var lookup = FileSystems.getDefault().getUserPrincipalLookupService();
    UserPrincipal owner = lookup.lookupPrincipalByName(name);
    GroupPrincipal ownerGroup = lookup.lookupPrincipalByGroupName(group);
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.toList()) {
        var view =
            Files.getFileAttributeView(
                path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        view.setOwner(owner);
        view.setGroup(ownerGroup);
      }
    }
  }

  private static String primaryGroup(String userName) {
    try {
      Process id = new ProcessBuilder("id", "-gn", userName).redirectErrorStream(true).start();
      String group = new String(id.getInputStream().readAllBytes()).trim();
      return id.waitFor() == 0 && !group.isEmpty() ? group : "nogroup";
    } catch (IOException e) {
      return "nogroup";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "nogroup";
    }
  }
}
