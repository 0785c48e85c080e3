package io.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.article.ArticleDraft;
import io.newsdesk.article.SourceMetadata;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SidecarsTest {

  private static final String PAGE =
      """
      <html lang="fr"><head>
        <meta property="og:site_name" content="Page Outlet">
        <meta property="article:published_time" content="2024-01-01">
      </head><body><article><h1>Bridge reopens</h1>
        <p>The old bridge reopened to traffic on Monday after repairs.</p>
        <p>Engineers said the supports were sound.</p>
      </article></body></html>
      """;

  private final ArticleReader reader = new ArticleReader(1024 * 1024);

  @Test
  void aSidecarWinsOverTheManifestAndBothOverThePage() {
    SourceMetadata manifestRow =
        new SourceMetadata(
            Optional.of("Manifest Outlet"),
            Optional.of("https://manifest.example/bridge"),
            Optional.of(LocalDate.of(2025, 1, 1)),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    String sidecar =
        "{\"outlet\": \"Sidecar Outlet\", \"published\": \"2025-03-04T10:00:00+01:00\","
            + " \"byline\": \"Ines Moor\", \"tags\": [\"ignored\"]}";

    Sidecars.Paired paired =
        Sidecars.pair(
            List.of(
                file("bridge.html", PAGE, Optional.of(manifestRow)),
                file("bridge.html.json", sidecar, Optional.empty())));

    assertThat(paired.rejections()).isEmpty();
    assertThat(paired.files()).extracting(InputFile::name).containsExactly("bridge.html");
    ArticleDraft draft = reader.read(paired.files().get(0)).drafts().get(0);
    SourceMetadata metadata = draft.metadata();
    assertThat(metadata.outlet()).contains("Sidecar Outlet");
    assertThat(metadata.published()).contains(LocalDate.of(2025, 3, 4));
    assertThat(metadata.byline()).contains("Ines Moor");
    assertThat(metadata.url()).contains("https://manifest.example/bridge");
    assertThat(metadata.language()).contains("fr");
  }

  @Test
  void aSidecarNamedByTheStemDescribesTheFileAndTheFullNamesSidecarWinsOverIt() {
    Sidecars.Paired paired =
        Sidecars.pair(
            List.of(
                file("story.txt", "Harbour reopens\n\nThe harbour reopened.", Optional.empty()),
                file(
                    "story.json",
                    "{\"outlet\": \"Stem\", \"title\": \"Stem title\"}",
                    Optional.empty()),
                file("story.txt.json", "{\"outlet\": \"Full\"}", Optional.empty())));

    assertThat(paired.files())
        .singleElement()
        .satisfies(
            input -> {
              SourceMetadata metadata = input.metadata().orElseThrow();
              assertThat(metadata.outlet()).contains("Full");
              assertThat(metadata.title()).contains("Stem title");
            });
  }

  @Test
  void aFileWhoseSidecarIsBrokenIsRejectedNamingTheSidecar() {
    Sidecars.Paired paired =
        Sidecars.pair(
            List.of(
                file("a.txt", "Title\n\nBody text here.", Optional.empty()),
                file("a.txt.json", "{\"outlet\": ", Optional.empty()),
                file("b.txt", "Title\n\nOther text here.", Optional.empty()),
                file("b.txt.json", "{\"published\": \"last Tuesday\"}", Optional.empty()),
                file("c.txt", "Title\n\nMore text here.", Optional.empty())));

    assertThat(paired.files()).extracting(InputFile::name).containsExactly("c.txt");
    assertThat(paired.rejections())
        .extracting(Rejection::message)
        .containsExactly(
            "a.txt: its sidecar a.txt.json is not valid JSON",
            "b.txt: its sidecar b.txt.json: \"published\" is not an ISO date: last Tuesday");
  }

  @Test
  void aJsonFileThatDescribesNoOtherFileIsAnInputOfItsOwn() {
    String article = "{\"title\": \"Tram line opens\", \"body\": \"The new tram line opened.\"}";

    Sidecars.Paired paired =
        Sidecars.pair(
            List.of(
                file("tram.json", article, Optional.empty()),
                file("other.txt", "Title\n\nText.", Optional.empty())));

    assertThat(paired.files())
        .extracting(InputFile::name)
        .containsExactly("tram.json", "other.txt");
  }

  private static InputFile file(String name, String text, Optional<SourceMetadata> metadata) {
    return new InputFile(name, text.getBytes(StandardCharsets.UTF_8), metadata);
  }
}
