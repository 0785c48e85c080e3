package io.newsdesk.bench.eval;

import java.io.PrintStream;
import java.util.Map;
import java.util.stream.Collectors;

/** The readable report of a run: per item, then totals. */
final class ReportText {

  private ReportText() {}

  static void print(Figures f, PrintStream out) {
    out.printf(
        "%nEvaluation of %s: %d articles (%d rejected), ingested in %s in %.0f s, %s%n",
        f.corpus(),
        f.articles(),
        f.rejected().size(),
        f.order(),
        f.ingestSeconds(),
        f.measuredAt());
    f.rejected().forEach((key, reason) -> out.printf("  rejected %s: %s%n", key, reason));
    f.search().ifPresentOrElse(s -> search(s, out), () -> out.println("\nSearch: no queries"));
    f.people().ifPresentOrElse(p -> people(p, out), () -> out.println("\nPeople: no labels"));
    f.stories().ifPresentOrElse(s -> stories(s, out), () -> out.println("\nStories: no labels"));
  }

  private static void search(SearchScores s, PrintStream out) {
    out.printf("%n== Search: nDCG@%d of /api/search and of plain BM25 ==%n", Evaluation.CUTOFF);
    out.printf("%-16s %7s %8s %7s  %s%n", "query", "portal", "baseline", "diff", "text");
    for (SearchScores.QueryScore q : s.queries()) {
      out.printf(
          "%-16s %7.3f %8.3f %+7.3f  %s%n",
          q.id(), q.portal(), q.baseline(), q.difference(), q.query());
    }
    out.printf(
        "%-16s %7.3f %8.3f %+7.3f  (%d queries)%n",
        "mean", s.portal(), s.baseline(), s.difference(), s.queries().size());
  }

  private static void people(PeopleScores p, PrintStream out) {
    out.printf("%n== People (person facet of each article against its gold persons) ==%n");
    out.printf("%-34s %8s %5s  %s%n", "gold person", "articles", "found", "portal names");
    p.persons()
        .forEach(
            (person, score) ->
                out.printf(
                    "%-34s %8d %5d  %s%s%n",
                    person,
                    score.articles(),
                    score.found(),
                    names(score.names()),
                    score.names().size() > 1 ? "  SPLIT" : ""));
    out.printf("%nPeople split over several names (%d):%n", p.splits().size());
    p.splits()
        .forEach(name -> out.printf("  %s: %s%n", name, names(p.persons().get(name).names())));
    out.printf(
        "False merges: portal names matching several gold people (%d):%n", p.merges().size());
    p.merges().forEach((name, people) -> out.printf("  \"%s\": %s%n", name, people));
    out.printf(
        "Portal names that match no gold person of their article (%d):%n", p.wrongNames().size());
    p.wrongNames()
        .forEach(
            (name, articles) -> out.printf("  \"%s\" (%d): %s%n", name, articles.size(), articles));
    out.printf("Missed (gold person not found in an article):%n");
    p.persons()
        .forEach(
            (person, score) -> {
              if (!score.missed().isEmpty()) {
                out.printf("  %s: %s%n", person, score.missed());
              }
            });
    out.printf(
        "%nPeople total: precision %.3f (%d/%d names), recall %.3f (%d/%d), %d split, %d false"
            + " merges%n",
        p.precision(),
        p.rightNames(),
        p.portalNames(),
        p.recall(),
        p.foundPeople(),
        p.goldPeople(),
        p.splits().size(),
        p.merges().size());
  }

  private static String names(Map<String, Integer> names) {
    return names.entrySet().stream()
        .map(e -> "\"" + e.getKey() + "\" x" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static void stories(ClusterScores s, PrintStream out) {
    out.printf("%n== Stories (the portal's story of each article against the story labels) ==%n");
    out.printf(
        "%-40s %5s %6s %9s %6s %6s%n", "gold story", "items", "parts", "intruders", "b3 P", "b3 R");
    s.stories()
        .forEach(
            (label, st) ->
                out.printf(
                    "%-40s %5d %6d %9d %6.2f %6.2f%n",
                    label, st.items(), st.parts(), st.intruders(), st.precision(), st.recall()));
    out.printf(
        "%nStories split (%d): gold story -> sizes of the portal stories holding it%n",
        s.splits().size());
    s.splits().forEach((label, sizes) -> out.printf("  %s: %s%n", label, sizes));
    out.printf("Stories merged (%d): portal story -> gold stories in it%n", s.merges().size());
    s.merges().forEach((story, labels) -> out.printf("  %s: %s%n", story, labels));
    out.printf(
        "%nStories total: %d articles, %d gold stories, %d portal stories%n",
        s.items(), s.goldClusters(), s.predictedClusters());
    row(out, "pairwise", s.pairwise());
    row(out, "B-cubed", s.bcubed());
  }

  private static void row(PrintStream out, String name, ClusterScores.Scores scores) {
    out.printf(
        "  %-9s precision %.3f  recall %.3f  F1 %.3f%n",
        name, scores.precision(), scores.recall(), scores.f1());
  }
}
