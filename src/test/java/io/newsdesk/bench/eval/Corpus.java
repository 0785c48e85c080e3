package io.newsdesk.bench.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A labelled corpus folder in the news-dev format: the articles (in {@code articles/}, or beside
 * the manifest when there is no such folder), {@code manifest.tsv} with a header naming {@code
 * file, outlet, url, date} (or {@code published}), and optionally {@code language}, {@code story},
 * {@code persons} and {@code variants} ({@code |}-separated), and an optional {@code queries.tsv}
 * ({@code qid, query, relevant} written {@code file:grade|...}). A corpus has story (person) labels
 * when any row has a story (persons); an empty cell in such a corpus is a label too (no people).
 *
 * @param name the folder's name, which prefixes its articles' keys ({@code news-dev/001.txt})
 */
public record Corpus(
    String name,
    Path dir,
    List<Entry> entries,
    List<Query> queries,
    boolean hasStories,
    boolean hasPersons) {

  /** One article file with its metadata (sent to the portal) and its labels (never sent). */
  public record Entry(
      String key,
      String file,
      Path path,
      String outlet,
      String url,
      String published,
      String language,
      Optional<String> story,
      ArticlePeople people) {}

  /** A graded query: grades per article key. */
  public record Query(String id, String text, Map<String, Integer> grades) {}

  /**
   * Reads a corpus; {@code storyOf}, when present, labels every file that has no story label with
   * it (a folder known to hold one event).
   */
  public static Corpus read(Path dir, String name, Optional<String> storyOf) {
    List<Map<String, String>> rows = table(dir.resolve("manifest.tsv"));
    Path articles = Files.isDirectory(dir.resolve("articles")) ? dir.resolve("articles") : dir;
    List<Entry> entries = new ArrayList<>();
    for (Map<String, String> row : rows) {
      String file = cell(row, "file");
      if (file.isEmpty()) {
        throw new IllegalArgumentException(dir + "/manifest.tsv: a row has no file");
      }
      Optional<String> story =
          Optional.of(cell(row, "story")).filter(s -> !s.isEmpty()).or(() -> storyOf);
      entries.add(
          new Entry(
              name + "/" + file,
              file,
              articles.resolve(file),
              cell(row, "outlet"),
              cell(row, "url"),
              cell(row, "date").isEmpty() ? cell(row, "published") : cell(row, "date"),
              cell(row, "language").isEmpty() ? "en" : cell(row, "language"),
              story,
              new ArticlePeople(list(cell(row, "persons")), list(cell(row, "variants")))));
    }
    boolean hasStories = entries.stream().anyMatch(e -> e.story().isPresent());
    boolean hasPersons = rows.stream().anyMatch(r -> !cell(r, "persons").isEmpty());
    Path queryFile = dir.resolve("queries.tsv");
    List<Query> queries =
        Files.exists(queryFile) ? queries(table(queryFile), name) : List.<Query>of();
    return new Corpus(name, dir, List.copyOf(entries), queries, hasStories, hasPersons);
  }

  private static List<Query> queries(List<Map<String, String>> rows, String corpus) {
    List<Query> queries = new ArrayList<>();
    for (Map<String, String> row : rows) {
      Map<String, Integer> grades = new LinkedHashMap<>();
      for (String judged : list(cell(row, "relevant"))) {
        int colon = judged.lastIndexOf(':');
        grades.put(
            corpus + "/" + judged.substring(0, colon).strip(),
            Integer.parseInt(judged.substring(colon + 1).strip()));
      }
      queries.add(new Query(cell(row, "qid"), cell(row, "query"), grades));
    }
    return queries;
  }

  /** A tab-separated file with a header row, as maps from column to cell. */
  static List<Map<String, String>> table(Path file) {
    try {
      List<String> lines =
          Files.readAllLines(file, StandardCharsets.UTF_8).stream()
              .filter(l -> !l.isBlank())
              .toList();
      if (lines.isEmpty()) {
        throw new IllegalArgumentException(file + " is empty");
      }
      String[] header = lines.get(0).split("\t", -1);
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split("\t", -1);
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.length && i < cells.length; i++) {
          row.put(header[i].strip(), cells[i].strip());
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String cell(Map<String, String> row, String column) {
    return row.getOrDefault(column, "");
  }

  private static List<String> list(String cell) {
    return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
