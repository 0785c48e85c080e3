package io.newsdesk.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * A generated news article and the entities it names, as the enricher would find them: canonical
 * names, how often each is mentioned and the spellings this article used.
 *
 * @param body the clean text: paragraphs separated by blank lines
 * @param rawBody the text as a scraper would deliver it, page chrome lines included
 * @param byline the reporter, canonical spelling
 */
public record GeneratedArticle(
    int number,
    String title,
    String body,
    String rawBody,
    String url,
    String outlet,
    LocalDate published,
    String byline,
    List<Entity> persons,
    List<Entity> organizations,
    List<Entity> places) {

  /** One entity of an article: canonical name first among its spellings. */
  public record Entity(String name, int mentions, List<String> spellings) {}
}
