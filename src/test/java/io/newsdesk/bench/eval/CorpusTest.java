package io.newsdesk.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

  @TempDir Path dir;

  @Test
  void readsMetadataLabelsAndGradedQueries() throws IOException {
    Files.createDirectories(dir.resolve("articles"));
    Files.writeString(
        dir.resolve("manifest.tsv"),
        "file\toutlet\turl\tdate\tstory\tpersons\tvariants\n"
            + "001.txt\tHarbour Courier\thttps://courier.example/a\t2025-03-03\tferry\t"
            + "Johanna Pedersen-Lind|Frode Halvorsen\tJohanna Pedersen Lind\n"
            + "002.txt\t\t\t\tferry\t\t\n");
    Files.writeString(
        dir.resolve("queries.tsv"),
        "qid\tquery\trelevant\nq1\tferry aground\t001.txt:2|002.txt:1\n");

    Corpus corpus = Corpus.read(dir, "tiny", Optional.empty());

    assertThat(corpus.hasStories()).isTrue();
    assertThat(corpus.hasPersons()).isTrue();
    Corpus.Entry first = corpus.entries().get(0);
    assertThat(first.key()).isEqualTo("tiny/001.txt");
    assertThat(first.path()).isEqualTo(dir.resolve("articles/001.txt"));
    assertThat(first.published()).isEqualTo("2025-03-03");
    assertThat(first.language()).isEqualTo("en");
    assertThat(first.people().persons())
        .containsExactly("Johanna Pedersen-Lind", "Frode Halvorsen");
    assertThat(first.people().variants()).containsExactly("Johanna Pedersen Lind");
    assertThat(corpus.entries().get(1).people().persons()).isEmpty();
    assertThat(corpus.queries())
        .containsExactly(
            new Corpus.Query("q1", "ferry aground", Map.of("tiny/001.txt", 2, "tiny/002.txt", 1)));
  }

  @Test
  void aFolderWithoutLabelsCanBeLabelledAsOneStory() throws IOException {
    Files.writeString(
        dir.resolve("manifest.tsv"),
        "file\toutlet\turl\tpublished\tlanguage\na.txt\tCoastline Today\t\t2025-02-24\ten\n");

    Corpus corpus = Corpus.read(dir, "seeds", Optional.of("one-event"));

    assertThat(corpus.hasPersons()).isFalse();
    assertThat(corpus.queries()).isEmpty();
    Corpus.Entry entry = corpus.entries().get(0);
    assertThat(entry.path()).isEqualTo(dir.resolve("a.txt"));
    assertThat(entry.published()).isEqualTo("2025-02-24");
    assertThat(entry.story()).contains("one-event");
    assertThat(Corpus.read(dir, "seeds", Optional.empty()).hasStories()).isFalse();
    assertThat(List.of(entry.outlet(), entry.url())).containsExactly("Coastline Today", "");
  }
}
