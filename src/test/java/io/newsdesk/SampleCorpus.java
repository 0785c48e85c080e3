package io.newsdesk;

import io.newsdesk.ingest.InputFile;
import io.newsdesk.pipeline.SampleDataLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled fictional corpus ({@code sample-data/}) with its ground truth: the story label of
 * each file (the manifest's {@code story} column) and the copy and rewrite pairs.
 */
public final class SampleCorpus {

  private SampleCorpus() {}

  /** A copy or rewrite: {@code file} copies or rewrites {@code source}. */
  public record Relation(String file, String source, String relation) {}

  public static List<InputFile> files() {
    return SampleDataLoader.files();
  }

  /** File name to story label, in file order. */
  public static Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    int story =
        List.of(SampleDataLoader.read("manifest.tsv").lines().findFirst().orElseThrow().split("\t"))
            .indexOf("story");
    rows("manifest.tsv").forEach(cells -> labels.put(cells[0], cells[story]));
    return labels;
  }

  public static List<Relation> relations() {
    return rows("relations.tsv").stream()
        .map(cells -> new Relation(cells[0], cells[1], cells[2]))
        .toList();
  }

  private static List<String[]> rows(String name) {
    return SampleDataLoader.read(name)
        .lines()
        .skip(1)
        .filter(l -> !l.isBlank())
        .map(l -> l.split("\t", -1))
        .toList();
  }
}
