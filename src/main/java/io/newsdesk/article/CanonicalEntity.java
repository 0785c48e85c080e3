package io.newsdesk.article;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entity of the corpus under its canonical name, as the entity directory of the enrich step
 * knows it: the form to persist (the index side keeps these in an Elasticsearch index and restores
 * them at startup).
 *
 * @param type what it is
 * @param name its canonical display name, the facet value
 * @param aliases every form seen: the canonical name first, then the most used
 * @param articleCount how many articles named it (an article re-ingested counts again)
 * @param aliasArticles for each alias, how many articles used that exact form: what the display
 *     name is chosen from, kept so a restored directory chooses as before; empty when unknown
 */
public record CanonicalEntity(
    EntityType type,
    String name,
    List<String> aliases,
    int articleCount,
    Map<String, Integer> aliasArticles) {

  public CanonicalEntity {
    aliases = List.copyOf(aliases);
    aliasArticles = Collections.unmodifiableMap(new LinkedHashMap<>(aliasArticles));
  }

  /** An entity whose aliases' counts are not known (each alias counts once). */
  public CanonicalEntity(EntityType type, String name, List<String> aliases, int articleCount) {
    this(type, name, aliases, articleCount, Map.of());
  }
}
