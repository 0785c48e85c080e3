package io.newsdesk.bench.eval;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run's figures, as written to JSON; a part is empty when the corpora have no labels for it.
 *
 * @param order the order the files were posted in
 * @param rejected article key to the reason the portal gave
 */
public record Figures(
    String corpus,
    List<String> dirs,
    String measuredAt,
    String order,
    int articles,
    double ingestSeconds,
    Map<String, String> rejected,
    Optional<SearchScores> search,
    Optional<PeopleScores> people,
    Optional<ClusterScores> stories) {}
