package io.newsdesk;

import io.newsdesk.ingest.InputFile;
import io.newsdesk.ingest.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled fictional corpus ({@code sample-data/}) with its ground truth: the story label of
 * each file and the copy and rewrite pairs.
 */
public final class SampleCorpus {

  private SampleCorpus() {}

  /** A copy or rewrite: {@code file} copies or rewrites {@code source}. */
  public record Relation(String file, String source, String relation) {}

  public static List<InputFile> files() {
    try {
      Manifest manifest = Manifest.parse(read("manifest.tsv"));
      List<InputFile> files = new ArrayList<>();
      for (String name : manifest.files()) {
        files.add(
            new InputFile(
                name, read(name).getBytes(StandardCharsets.UTF_8), manifest.forFile(name)));
      }
      return files;
    } catch (Manifest.InvalidManifestException e) {
      throw new IllegalStateException(e);
    }
  }

  /** File name to story label, in file order. */
  public static Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    rows("labels.tsv").forEach(cells -> labels.put(cells[0], cells[1]));
    return labels;
  }

  public static List<Relation> relations() {
    return rows("relations.tsv").stream()
        .map(cells -> new Relation(cells[0], cells[1], cells[2]))
        .toList();
  }

  private static List<String[]> rows(String name) {
    return read(name).lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
  }

  private static String read(String name) {
    try (InputStream in =
        SampleCorpus.class.getClassLoader().getResourceAsStream("sample-data/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing sample-data/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
