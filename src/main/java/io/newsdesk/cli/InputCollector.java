package io.newsdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.fetch.WebFetcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Turns the command line's arguments into batches: files as named, folders walked recursively
 * (hidden files and folders skipped), each folder's files sent together with its {@code
 * manifest.tsv} and each file in the same request as its sidecars; URLs fetched when their batch is
 * sent, each with a sidecar giving its address.
 */
final class InputCollector {

  static final String MANIFEST = "manifest.tsv";
  // Well under the portal's default request limit of 64 MB.
  private static final long MAX_BATCH_BYTES = 32L * 1024 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final int batchSize;
  private final WebFetcher fetcher;
  private final Map<Path, Set<Path>> folders = new TreeMap<>();
  private final List<String> urls = new ArrayList<>();
  private final List<String> missing = new ArrayList<>();

  InputCollector(int batchSize, WebFetcher fetcher) {
    this.batchSize = batchSize;
    this.fetcher = fetcher;
  }

  /** What the collector was given that does not exist. */
  List<String> missing() {
    return missing;
  }

  void add(String argument) throws IOException {
    if (argument.matches("(?i)https?://.+")) {
      urls.add(argument);
      return;
    }
    Path path = Path.of(argument).toAbsolutePath().normalize();
    if (Files.isDirectory(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(Files::isRegularFile)
            .filter(file -> !isHidden(path.relativize(file)))
            .forEach(this::addFile);
      }
    } else if (Files.isRegularFile(path)) {
      addFile(path);
      for (String sidecar : List.of(name(path) + ".json", Sidecar.stem(name(path)) + ".json")) {
        Path beside = path.resolveSibling(sidecar);
        if (Files.isRegularFile(beside)) {
          addFile(beside);
        }
      }
    } else {
      missing.add(argument);
    }
  }

  List<Batch> batches() {
    List<Batch> batches = new ArrayList<>();
    folders.forEach((folder, files) -> batches.addAll(folderBatches(folder, files)));
    List<List<Part>> fetched = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (String url : urls) {
      fetched.add(urlUnit(url, names));
    }
    batches.addAll(chunks(Optional.empty(), fetched));
    return batches;
  }

  private void addFile(Path file) {
    folders.computeIfAbsent(file.getParent(), f -> new TreeSet<>()).add(file);
  }

  private List<Batch> folderBatches(Path folder, Set<Path> files) {
    Path manifestFile = folder.resolve(MANIFEST);
    Optional<Part> manifest =
        Files.isRegularFile(manifestFile) ? Optional.of(filePart(manifestFile)) : Optional.empty();
    List<String> names =
        files.stream().map(InputCollector::name).filter(n -> !n.equals(MANIFEST)).toList();
    Map<String, List<Part>> units = new LinkedHashMap<>();
    for (Path file : files) {
      String name = name(file);
      if (name.equals(MANIFEST)) {
        continue;
      }
      String unit = Sidecar.stem(Sidecar.described(name, names).orElse(name));
      units.computeIfAbsent(unit, u -> new ArrayList<>()).add(filePart(file));
    }
    return chunks(manifest, new ArrayList<>(units.values()));
  }

  private List<Batch> chunks(Optional<Part> manifest, List<List<Part>> units) {
    List<Batch> batches = new ArrayList<>();
    List<List<Part>> current = new ArrayList<>();
    int files = 0;
    long bytes = 0;
    for (List<Part> unit : units) {
      int articles = Batch.articleFilesOf(unit);
      long size = unit.stream().mapToLong(Part::size).sum();
      if (!current.isEmpty() && (files + articles > batchSize || bytes + size > MAX_BATCH_BYTES)) {
        batches.add(new Batch(manifest, current));
        current = new ArrayList<>();
        files = 0;
        bytes = 0;
      }
      current.add(unit);
      files += articles;
      bytes += size;
    }
    if (!current.isEmpty()) {
      batches.add(new Batch(manifest, current));
    }
    return batches;
  }

  private List<Part> urlUnit(String url, Set<String> taken) {
    String name = unique(nameOf(URI.create(url)), taken);
    byte[] sidecar;
    try {
      sidecar = JSON.writeValueAsBytes(Map.of("url", url));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.of(
        new Part(name, url, 0, () -> fetch(url)),
        new Part(name + ".json", url, sidecar.length, () -> sidecar));
  }

  private byte[] fetch(String url) throws IOException {
    try {
      WebFetcher.Fetched fetched = fetcher.get(URI.create(url));
      if (fetched instanceof WebFetcher.Fetched.Body body) {
        return body.bytes();
      }
      throw new IOException(
          fetched instanceof WebFetcher.Fetched.Redirect redirect
              ? "redirected to " + redirect.location() + ", which was not followed"
              : "answered 'not modified' to an unconditional request");
    } catch (WebFetcher.FetchFailure e) {
      throw new IOException("could not be fetched: " + e.getMessage(), e);
    }
  }

  // A URL's last path segment names the file, so the portal shows something a person recognises.
  private static String nameOf(URI url) {
    String path = url.getPath() == null ? "" : url.getPath().replaceAll("/+$", "");
    String last = path.substring(path.lastIndexOf('/') + 1);
    String name = (last.isEmpty() ? url.getHost() : last).replaceAll("[^A-Za-z0-9._-]", "_");
    return name.endsWith(".json") ? name + "l" : name;
  }

  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int i = 2; !taken.add(candidate); i++) {
      candidate = i + "-" + name;
    }
    return candidate;
  }

  private static Part filePart(Path file) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      size = 0;
    }
    return new Part(name(file), file.toString(), size, () -> Files.readAllBytes(file));
  }

  private static String name(Path file) {
    return file.getFileName().toString();
  }

  private static boolean isHidden(Path relative) {
    for (Path segment : relative) {
      if (segment.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
