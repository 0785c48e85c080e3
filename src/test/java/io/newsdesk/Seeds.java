package io.newsdesk;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real articles in {@code ../shared/seeds}: read where they are, never copied into the repo.
 */
public final class Seeds {

  public static final Path DIR = Path.of("..", "shared", "seeds");

  private Seeds() {}

  /** Skips the calling test when the seeds are not beside the checkout. */
  public static void assumePresent() {
    assumeTrue(Files.isDirectory(DIR), "../shared/seeds is not beside this checkout");
  }

  public static List<Path> articles() {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path manifest() {
    return DIR.resolve("manifest.tsv");
  }

  public static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
