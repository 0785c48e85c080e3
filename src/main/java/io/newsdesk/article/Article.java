package io.newsdesk.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A clean, enriched news article: what the index stores and the pages show.
 *
 * @param id stable identity: from the URL when known, else from the content
 * @param credit the wire agency the story is credited to (AFP, Reuters ...), not a person
 * @param contentHash hash of title and body, to tell an unchanged re-ingest from an update
 * @param captions photo captions, kept out of the body
 */
public record Article(
    String id,
    String title,
    String body,
    Optional<String> outlet,
    Optional<LocalDate> published,
    Optional<String> byline,
    Optional<String> credit,
    Optional<String> url,
    Optional<String> language,
    List<EntityMention> persons,
    List<EntityMention> organizations,
    List<EntityMention> places,
    List<String> captions,
    String contentHash) {

  public Article {
    persons = List.copyOf(persons);
    organizations = List.copyOf(organizations);
    places = List.copyOf(places);
    captions = List.copyOf(captions);
  }

  /** Its people, organisations and places together, as they are stored with it. */
  public ArticleEntities entities() {
    return new ArticleEntities(persons, organizations, places);
  }
}
