package io.newsdesk.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

/** The change of a run's figures against the previous run on the same corpus. */
final class Changes {

  /** The totals compared, as JSON pointers into the figures. */
  private static final String[][] TOTALS = {
    {"search: portal nDCG@10", "/search/portal"},
    {"search: baseline nDCG@10", "/search/baseline"},
    {"people: precision", "/people/precision"},
    {"people: recall", "/people/recall"},
    {"stories: pairwise F1", "/stories/pairwise/f1"},
    {"stories: B-cubed F1", "/stories/bcubed/f1"},
  };

  /** Counts compared: the size of the list or object at each pointer. */
  private static final String[][] COUNTS = {
    {"people: split", "/people/splits"},
    {"people: false merges", "/people/merges"},
    {"stories: split", "/stories/splits"},
    {"stories: merged", "/stories/merges"},
    {"rejected", "/rejected"},
  };

  private Changes() {}

  static void print(JsonNode before, JsonNode now, PrintStream out) {
    out.printf(
        "%n== Change against the previous run (%s) ==%n", before.path("measured_at").asText());
    for (String[] total : TOTALS) {
      JsonNode b = before.at(total[1]);
      JsonNode n = now.at(total[1]);
      if (b.isNumber() && n.isNumber()) {
        out.printf(
            "  %-26s %.3f -> %.3f (%+.3f)%n",
            total[0], b.asDouble(), n.asDouble(), n.asDouble() - b.asDouble());
      }
    }
    for (String[] count : COUNTS) {
      JsonNode b = before.at(count[1]);
      JsonNode n = now.at(count[1]);
      if (!b.isMissingNode() && !n.isMissingNode() && b.size() != n.size()) {
        out.printf("  %-26s %d -> %d%n", count[0], b.size(), n.size());
      }
    }
    Map<String, Double> earlier = new HashMap<>();
    before
        .at("/search/queries")
        .forEach(q -> earlier.put(q.path("id").asText(), q.path("portal").asDouble()));
    for (JsonNode q : now.at("/search/queries")) {
      Double was = earlier.get(q.path("id").asText());
      double is = q.path("portal").asDouble();
      if (was != null && Math.abs(is - was) >= 0.0005) {
        out.printf(
            "  query %-20s %.3f -> %.3f (%+.3f)%n", q.path("id").asText(), was, is, is - was);
      }
    }
  }
}
