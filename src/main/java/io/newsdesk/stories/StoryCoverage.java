package io.newsdesk.stories;

import java.util.List;

/** A story outlet by outlet: what each one ran, what only it has, what it shares with whom. */
public record StoryCoverage(StorySummary story, List<OutletCoverage> outlets) {

  /**
   * One outlet's part of the story.
   *
   * @param distinctiveTerms words of its reports no other outlet used, most used first
   * @param ownQuotes quotations no other outlet carries
   * @param shared the wording it has in common with each other outlet, most first
   */
  public record OutletCoverage(
      String outlet,
      List<StoryArticle> articles,
      List<String> distinctiveTerms,
      List<String> ownQuotes,
      List<SharedWording> shared) {}

  /**
   * Wording two outlets have in common.
   *
   * @param words how many of this outlet's words are in passages the other has too
   * @param passages the longest such passages
   */
  public record SharedWording(String outlet, int words, List<String> passages) {}
}
