package io.newsdesk.ingest;

import io.newsdesk.article.SourceMetadata;
import java.util.Objects;
import java.util.Optional;

/**
 * One file handed to ingest, as read from disk or an upload.
 *
 * @param name the file name, for messages and to tell the format by its extension
 * @param bytes the raw content, in whatever encoding it came
 * @param metadata what a manifest or crawler says about it; wins over anything found in the text
 */
public record InputFile(String name, byte[] bytes, Optional<SourceMetadata> metadata) {

  public InputFile {
    Objects.requireNonNull(name, "name");
    bytes = bytes.clone();
    Objects.requireNonNull(metadata, "metadata");
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }
}
