package io.newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.article.EntityType;
import io.newsdesk.article.IndexStatus;
import io.newsdesk.enrich.EntityExtractor;
import io.newsdesk.ingest.InputFile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ElasticsearchTestResource.class)
class ReingestTest {

  @Inject IngestPipeline pipeline;
  @Inject EntityExtractor extractor;

  @Test
  void aStoredTextIsAnsweredUnchangedWithoutCountingItsPeopleAgain() {
    String run = Long.toString(System.nanoTime(), 36);
    List<InputFile> files =
        List.of(
            file(
                "pilots.txt",
                "Harbour pilots vote to strike "
                    + run
                    + "\n\nThe union leader Morwenna Trelawny said in Falmouth on Monday that"
                    + " the harbour pilots had voted to strike."),
            file(
                "fares.txt",
                "Ferry fares frozen " + run + "\n\nThe island ferry froze its fares for winter."));

    IngestReport first = pipeline.ingestTimed(files);
    long counted = articlesNaming("Morwenna Trelawny");
    IngestReport again = pipeline.ingestTimed(files);

    assertThat(first.results()).extracting(IngestResult::status).containsOnly(IndexStatus.INDEXED);
    assertThat(again.results())
        .extracting(IngestResult::status)
        .containsOnly(IndexStatus.UNCHANGED);
    assertThat(again.results())
        .extracting(IngestResult::id)
        .containsExactlyElementsOf(first.results().stream().map(IngestResult::id).toList());
    assertThat(again.tookMs().enrich()).as("no entities looked for again").isZero();
    assertThat(articlesNaming("Morwenna Trelawny")).isEqualTo(counted);
  }

  /** As the corpus's entity directory counts them: what is stored with the entity. */
  private long articlesNaming(String person) {
    return extractor.directory().find(EntityType.PERSON, person).orElseThrow().articleCount();
  }

  private static InputFile file(String name, String text) {
    return new InputFile(name, text.getBytes(StandardCharsets.UTF_8), Optional.empty());
  }
}
