package io.newsdesk.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchesTest {

  private static Corpus corpus(String name, int files) {
    List<Corpus.Entry> entries =
        IntStream.rangeClosed(1, files)
            .mapToObj(
                n ->
                    new Corpus.Entry(
                        name + "/" + n + ".txt",
                        n + ".txt",
                        Path.of(n + ".txt"),
                        "",
                        "",
                        "",
                        "en",
                        Optional.empty(),
                        new ArticlePeople(List.of(), List.of())))
            .toList();
    return new Corpus(name, Path.of(name), entries, List.of(), false, false);
  }

  private final List<Corpus> corpora = List.of(corpus("a", 5), corpus("b", 3));

  @Test
  void withoutASeedFoldersGoOneAfterTheOtherInManifestOrder() {
    List<List<Corpus.Entry>> batches = Batches.of(corpora, Optional.empty(), 2);
    assertThat(batches)
        .extracting(b -> b.stream().map(Corpus.Entry::key).toList())
        .containsExactly(
            List.of("a/1.txt", "a/2.txt"),
            List.of("a/3.txt", "a/4.txt"),
            List.of("a/5.txt"),
            List.of("b/1.txt", "b/2.txt"),
            List.of("b/3.txt"));
  }

  @Test
  void aSeedShufflesEveryFileOnceAndNeverPutsTwoOfOneNameTogether() {
    List<List<Corpus.Entry>> batches = Batches.of(corpora, Optional.of(7L), 4);
    assertThat(batches.stream().flatMap(List::stream).map(Corpus.Entry::key))
        .containsExactlyInAnyOrder(
            "a/1.txt", "a/2.txt", "a/3.txt", "a/4.txt", "a/5.txt", "b/1.txt", "b/2.txt", "b/3.txt");
    for (List<Corpus.Entry> batch : batches) {
      assertThat(batch).hasSizeLessThanOrEqualTo(4);
      assertThat(batch.stream().map(Corpus.Entry::file)).doesNotHaveDuplicates();
    }
    assertThat(Batches.of(corpora, Optional.of(7L), 4)).isEqualTo(batches);
    assertThat(Batches.of(corpora, Optional.of(8L), 4)).isNotEqualTo(batches);
  }
}
