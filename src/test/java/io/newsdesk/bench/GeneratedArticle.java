package io.newsdesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  /** The article as a line of the JSON Lines format the portal reads. */
  public String jsonLine() {
    ObjectNode line = new ObjectMapper().createObjectNode();
    line.put("title", title);
    line.put("body", rawBody);
    line.put("url", url);
    line.put("outlet", outlet);
    line.put("published", published.toString());
    line.put("byline", byline);
    return line.toString();
  }
}
