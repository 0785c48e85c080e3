package io.newsdesk.web;

import io.newsdesk.ingest.InputFile;
import io.newsdesk.ingest.Manifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Uploaded parts as ingest inputs: the files, named as uploaded, with their manifest rows. A
 * browser sends an empty, nameless part for a file field left empty; that is no file.
 */
final class Uploads {

  private Uploads() {}

  static List<InputFile> inputs(List<FileUpload> files, FileUpload manifestPart) {
    List<FileUpload> chosen =
        files == null ? List.of() : files.stream().filter(Uploads::isChosen).toList();
    if (chosen.isEmpty()) {
      throw new BadParameterException("file", "send at least one 'file' part");
    }
    Manifest manifest = manifest(manifestPart);
    List<InputFile> inputs = new ArrayList<>();
    for (FileUpload upload : chosen) {
      String name = upload.fileName() == null ? upload.name() : upload.fileName();
      inputs.add(new InputFile(name, read(upload), manifest.forFile(name)));
    }
    return inputs;
  }

  private static Manifest manifest(FileUpload part) {
    if (part == null || !isChosen(part)) {
      return Manifest.empty();
    }
    try {
      return Manifest.parse(Files.readString(part.uploadedFile(), StandardCharsets.UTF_8));
    } catch (Manifest.InvalidManifestException | MalformedInputException e) {
      throw new BadParameterException("manifest", e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isChosen(FileUpload upload) {
    return upload.size() > 0 || (upload.fileName() != null && !upload.fileName().isBlank());
  }

  private static byte[] read(FileUpload upload) {
    try {
      return Files.readAllBytes(upload.uploadedFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
