package io.newsdesk.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.PackagedPortal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The packaged app starts from a folder that is not the repository, answers, and stops cleanly. */
class PackagedAppIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void startsFromAnotherFolderSearchesAndStopsItsNode() throws Exception {
    Path folder = PackagedPortal.newFolder();
    Optional<ProcessHandle> node;
    try (PackagedPortal portal = PackagedPortal.start(folder, Map.of())) {
      System.out.printf(
          "PackagedAppIT: ready %d ms after launch from %s%n", portal.startup().toMillis(), folder);
      String lines =
          """
          {"title":"Lighthouse keepers of Orrin Bay vote to strike","body":"The keepers of the three lighthouses on Orrin Bay voted on Tuesday to stop work for a week.\\n\\nTheir union said the lamps would stay lit.","outlet":"Orrin Gazette","published":"2026-03-02"}
          {"title":"Ferry timetable changes for the winter","body":"Ferries to the outer islands will sail twice a day from November.\\n\\nThe harbour office published the new timetable on Monday.","outlet":"Orrin Gazette","published":"2026-03-03"}
          """;
      var ingest = portal.ingestJsonLines("two.jsonl", lines);
      assertThat(ingest.statusCode()).as(ingest.body()).isEqualTo(200);

      // "lighthouse" finds "lighthouses" only through the analysis plugin's stemmer.
      var search = portal.get("/api/search?q=lighthouse&outlet=Orrin+Gazette");
      assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
      JsonNode found = JSON.readTree(search.body());
      assertThat(found.get("total").asInt()).isEqualTo(1);
      assertThat(found.get("hits").get(0).get("title").asText()).contains("Lighthouse keepers");
      assertThat(portal.get("/search?q=ferries").body())
          .contains("timetable changes for the winter");

      // newsdesk.data-dir (default "data") is relative to the working directory.
      assertThat(folder.resolve("data/elasticsearch/data")).isDirectory();
      node = portal.nodeProcess();
      assertThat(node).isPresent();
    } finally {
      PackagedPortal.delete(folder);
    }
    ProcessHandle stopped = node.get();
    stopped.onExit().get(Duration.ofMinutes(1).toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
    assertThat(stopped.isAlive()).as("the node stops with the portal").isFalse();
    assertThat(Files.exists(folder)).isFalse();
  }
}
