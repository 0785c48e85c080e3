package io.newsdesk.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.ingest.InputFile;
import io.newsdesk.pipeline.IngestPipeline;
import io.newsdesk.pipeline.IngestResult;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/entities/curation} against the real node: an edited curation file re-applied to
 * what is indexed, the same file again costing nothing, and a broken file refused with the line it
 * breaks on while the rules in force stay.
 */
@QuarkusTest
@TestProfile(CurationApiTest.OwnCuration.class)
@QuarkusTestResource(ElasticsearchTestResource.class)
class CurationApiTest {

  /** An empty node, and a curation file of its own that the tests edit. */
  public static class OwnCuration implements QuarkusTestProfile {

    static final Path FILE =
        Path.of("target/curation-" + System.currentTimeMillis() + ".tsv").toAbsolutePath();

    @Override
    public Map<String, String> getConfigOverrides() {
      write("# no rules yet\n");
      return Map.of(
          "newsdesk.data-dir",
          "target/curation-api-" + System.currentTimeMillis(),
          "newsdesk.sample-data",
          "false",
          "newsdesk.entities.curation-file",
          FILE.toString());
    }
  }

  @Inject IngestPipeline pipeline;

  @Test
  void anEditedFileIsAppliedToWhatIsIndexedOnceAndABrokenOneChangesNothing() {
    List<String> ids =
        pipeline
            .ingest(
                List.of(
                    file(
                        "pilots.txt",
                        "Harbour pilots vote to strike\n\nThe union leader Morwenna Trelawny said"
                            + " in Falmouth on Monday that the harbour pilots had voted to strike."),
                    file(
                        "talks.txt",
                        "Pilots' strike talks fail\n\nTalks between the port and the pilots led"
                            + " by Morwenna Trelawny broke down in Falmouth on Wednesday.")))
            .stream()
            .map(IngestResult::id)
            .toList();
    assertThat(persons(ids.get(0))).contains("Morwenna Trelawny");

    write("rename\tPERSON\tMorwenna Trelawny\tMorwenna Trelawny-Pascoe\n");
    reapply().statusCode(200).body("reprocessed", equalTo(2)).body("unchanged", equalTo(false));
    for (String id : ids) {
      assertThat(persons(id)).contains("Morwenna Trelawny-Pascoe");
    }

    reapply().statusCode(200).body("reprocessed", equalTo(0)).body("unchanged", equalTo(true));

    write("mrege\tPERSON\tMorwenna Trelawny\tMorwenna Pascoe\n");
    reapply()
        .statusCode(400)
        .body("error", containsString("curation line 1: unknown action 'mrege'"));
    assertThat(persons(ids.get(1))).contains("Morwenna Trelawny-Pascoe");

    given().post("/api/entities/curation").then().statusCode(401);
  }

  private static ValidatableResponse reapply() {
    return IngestApiTest.admin().post("/api/entities/curation").then();
  }

  private static List<String> persons(String id) {
    return given()
        .get("/api/articles/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("persons.name", String.class);
  }

  private static void write(String rules) {
    try {
      Files.writeString(OwnCuration.FILE, rules, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputFile file(String name, String text) {
    return new InputFile(name, text.getBytes(StandardCharsets.UTF_8), Optional.empty());
  }
}
