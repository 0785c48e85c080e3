package io.newsdesk.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What came of a run: counts by status, and every rejection with its reason. */
final class Tally {

  private static final List<String> STATUSES = List.of("indexed", "updated", "unchanged");

  private final Map<String, Integer> counts = new TreeMap<>();
  private final List<String> rejections = new ArrayList<>();

  void add(String status) {
    counts.merge(status, 1, Integer::sum);
  }

  void reject(String what, String reason) {
    rejections.add(what + ": " + reason);
  }

  boolean anyRejected() {
    return !rejections.isEmpty();
  }

  void print(PrintStream out) {
    StringBuilder line = new StringBuilder();
    for (String status : STATUSES) {
      line.append(counts.getOrDefault(status, 0)).append(' ').append(status).append(", ");
    }
    line.append(rejections.size()).append(" rejected");
    out.println(line);
    for (String rejection : rejections) {
      out.println("  rejected " + rejection);
    }
  }
}
