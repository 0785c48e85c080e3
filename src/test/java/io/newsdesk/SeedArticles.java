package io.newsdesk;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsdesk.article.SourceMetadata;
import io.newsdesk.ingest.InputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The seed articles in {@code ../shared/seeds}, read in place (their text belongs to their
 * publishers and is never copied here). Tests that use them are skipped where they are absent.
 */
public final class SeedArticles {

  private SeedArticles() {}

  /** The seed whose file name starts with {@code prefix}, such as "004". */
  public static InputFile file(String prefix, boolean withManifest) {
    try (Stream<Path> files = Files.list(dir())) {
      Path path =
          files
              .filter(p -> p.getFileName().toString().startsWith(prefix + "_"))
              .findFirst()
              .orElseThrow(() -> new IllegalArgumentException("no seed " + prefix));
      return input(path, withManifest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<InputFile> all(boolean withManifest) {
    try (Stream<Path> files = Files.list(dir())) {
      return files
          .filter(p -> p.toString().endsWith(".txt"))
          .sorted()
          .map(p -> input(p, withManifest))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The raw text of a seed, to compare what ingest kept with what the file says. */
  public static String text(InputFile file) {
    return new String(file.bytes(), StandardCharsets.UTF_8);
  }

  private static Path dir() {
    Path dir = Path.of("").toAbsolutePath().resolve("../shared/seeds").normalize();
    assumeTrue(Files.isDirectory(dir), "seed articles not found at " + dir);
    return dir;
  }

  private static InputFile input(Path path, boolean withManifest) {
    try {
      String name = path.getFileName().toString();
      Optional<SourceMetadata> metadata =
          withManifest ? Optional.of(manifestRow(name)) : Optional.empty();
      return new InputFile(name, Files.readAllBytes(path), metadata);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Columns: file, outlet, url, published, language; an empty cell is unknown.
  private static SourceMetadata manifestRow(String fileName) throws IOException {
    return Files.readAllLines(dir().resolve("manifest.tsv")).stream()
        .skip(1)
        .map(line -> line.split("\t", -1))
        .filter(cells -> cells[0].equals(fileName))
        .findFirst()
        .map(
            cells ->
                new SourceMetadata(
                    cell(cells, 1),
                    cell(cells, 2),
                    cell(cells, 3).map(LocalDate::parse),
                    cell(cells, 4),
                    Optional.empty(),
                    Optional.empty()))
        .orElseGet(SourceMetadata::none);
  }

  private static Optional<String> cell(String[] cells, int index) {
    return index < cells.length && !cells[index].isBlank()
        ? Optional.of(cells[index].strip())
        : Optional.empty();
  }
}
