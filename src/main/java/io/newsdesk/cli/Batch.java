package io.newsdesk.cli;

import java.util.List;
import java.util.Optional;

/**
 * Files sent in one request: from one folder, with that folder's manifest, each article file with
 * its sidecars.
 *
 * @param units the article files, each with the sidecar files that describe it
 */
record Batch(Optional<Part> manifest, List<List<Part>> units) {

  int articleFiles() {
    return units.stream().mapToInt(Batch::articleFilesOf).sum();
  }

  static int articleFilesOf(List<Part> unit) {
    return (int) unit.stream().filter(part -> !Sidecar.isSidecar(part.name(), unit)).count();
  }
}
