package io.newsdesk.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeDistributionTest {

  @TempDir Path root;

  @Test
  void thePackagedAppFindsTheNodeBesideItsRunner() throws IOException {
    Path app = root.resolve("quarkus-app");
    Files.createDirectories(app.resolve("elasticsearch/elasticsearch-8.19.21"));
    Path jar = Files.createDirectories(app.resolve("app")).resolve("newsdesk.jar");

    assertThat(NodeDistribution.besideTheApp(jar, "8.19.21"))
        .contains(app.resolve("elasticsearch"));
  }

  @Test
  void classesInTheBuildFindTheNodeTheBuildUnpacked() throws IOException {
    Path target = root.resolve("target");
    Files.createDirectories(target.resolve("elasticsearch/elasticsearch-8.19.21"));
    Path classes = Files.createDirectories(target.resolve("classes"));

    assertThat(NodeDistribution.besideTheApp(classes, "8.19.21"))
        .contains(target.resolve("elasticsearch"));
  }

  @Test
  void anotherVersionIsNotTaken() throws IOException {
    Path app = root.resolve("quarkus-app");
    Files.createDirectories(app.resolve("elasticsearch/elasticsearch-8.18.0"));
    Path jar = Files.createDirectories(app.resolve("app")).resolve("newsdesk.jar");

    assertThat(NodeDistribution.besideTheApp(jar, "8.19.21")).isEmpty();
  }

  @Test
  void theBuildRecordsTheVersionItLaysOut() {
    assertThat(NodeDistribution.version()).matches("\\d+\\.\\d+\\.\\d+");
    assertThat(
            NodeDistribution.besideTheApp(
                NodeDistribution.codeLocation(), NodeDistribution.version()))
        .isPresent();
  }
}
