package io.newsdesk.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.article.SourceMetadata;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Pairs sidecar metadata with the files of a batch: {@code story.html.json}, or {@code story.json},
 * beside {@code story.html}, a JSON object with any of {@code outlet, url, published, language,
 * title, byline}. The sidecar wins over the manifest, field by field, and both over what the text
 * says; the full name's sidecar wins over the stem's. A {@code .json} file that describes no file
 * of its batch is an input like any other.
 */
public final class Sidecars {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SUFFIX = ".json";

  private Sidecars() {}

  /**
   * @param files the batch's inputs, sidecars included
   * @param rejections a reason for each file whose sidecar cannot be read; the file is not read
   */
  public record Paired(List<InputFile> files, List<Rejection> rejections) {
    public Paired {
      files = List.copyOf(files);
      rejections = List.copyOf(rejections);
    }
  }

  public static Paired pair(List<InputFile> batch) {
    Map<String, InputFile> sidecars = new HashMap<>();
    for (InputFile file : batch) {
      if (isJson(file.name()) && describesAnother(file.name(), batch)) {
        sidecars.put(file.name(), file);
      }
    }
    List<InputFile> files = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    for (InputFile file : batch) {
      if (sidecars.containsKey(file.name())) {
        continue;
      }
      try {
        files.add(withSidecars(file, sidecars));
      } catch (UnreadableInput e) {
        rejections.add(Rejection.ofFile(file.name(), e.getMessage()));
      }
    }
    return new Paired(files, rejections);
  }

  private static InputFile withSidecars(InputFile file, Map<String, InputFile> sidecars)
      throws UnreadableInput {
    Map<String, InputFile> own = new LinkedHashMap<>();
    stem(file.name()).map(s -> sidecars.get(s + SUFFIX)).ifPresent(s -> own.put(s.name(), s));
    Optional.ofNullable(sidecars.get(file.name() + SUFFIX)).ifPresent(s -> own.put(s.name(), s));
    if (own.isEmpty()) {
      return file;
    }
    SourceMetadata metadata = file.metadata().orElseGet(SourceMetadata::none);
    for (InputFile sidecar : own.values()) {
      metadata = MetadataPrecedence.over(read(sidecar), metadata);
    }
    return new InputFile(file.name(), file.bytes(), Optional.of(metadata));
  }

  private static SourceMetadata read(InputFile sidecar) throws UnreadableInput {
    JsonNode node;
    try {
      node = JSON.readTree(sidecar.bytes());
    } catch (IOException e) {
      throw new UnreadableInput("its sidecar " + sidecar.name() + " is not valid JSON");
    }
    if (node == null || !node.isObject()) {
      throw new UnreadableInput("its sidecar " + sidecar.name() + " is not a JSON object");
    }
    try {
      return JsonMetadata.of(node);
    } catch (UnreadableInput e) {
      throw new UnreadableInput("its sidecar " + sidecar.name() + ": " + e.getMessage());
    }
  }

  private static boolean describesAnother(String sidecar, List<InputFile> batch) {
    String described = sidecar.substring(0, sidecar.length() - SUFFIX.length());
    return batch.stream()
        .map(InputFile::name)
        .filter(name -> !isJson(name))
        .anyMatch(name -> name.equals(described) || stem(name).equals(Optional.of(described)));
  }

  private static boolean isJson(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(SUFFIX);
  }

  private static Optional<String> stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? Optional.of(name.substring(0, dot)) : Optional.empty();
  }
}
