package io.newsdesk.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tallies the names of one kind an article writes, by canonical name. */
final class Mentions {

  private final Map<String, Set<String>> spellings = new LinkedHashMap<>();
  private final Map<String, Integer> counts = new LinkedHashMap<>();

  void add(String canonical, String spelling) {
    spellings.computeIfAbsent(canonical, c -> new LinkedHashSet<>(List.of(c))).add(spelling);
    counts.merge(canonical, 1, Integer::sum);
  }

  List<GeneratedArticle.Entity> entities() {
    List<GeneratedArticle.Entity> out = new ArrayList<>();
    spellings.forEach(
        (name, forms) ->
            out.add(new GeneratedArticle.Entity(name, counts.get(name), List.copyOf(forms))));
    return out;
  }
}
