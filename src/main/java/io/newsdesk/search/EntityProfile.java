package io.newsdesk.search;

import java.util.List;
import java.util.Map;

/**
 * Everything the corpus says about one entity: its spellings, where and when it appears, and who
 * appears with it.
 *
 * @param aliasArticles for each spelling, how many articles use it
 * @param withOthers for each facet, the values that most often share an article with it
 */
public record EntityProfile(
    String type,
    String name,
    List<String> aliases,
    Map<String, Integer> aliasArticles,
    long articleCount,
    List<SearchResults.FacetCount> outlets,
    List<SearchResults.DateCount> overTime,
    Map<String, List<SearchResults.FacetCount>> withOthers,
    List<SearchResults.SearchHit> latest) {}
