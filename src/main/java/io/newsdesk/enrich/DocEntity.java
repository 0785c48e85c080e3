package io.newsdesk.enrich;

import io.newsdesk.article.EntityRole;
import io.newsdesk.article.EntityType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entity as one article names it, after the per-article consistency pass and before the
 * corpus-wide {@link EntityDirectory} gives it its canonical name.
 *
 * @param type what it is
 * @param name its fullest form in this article ("Emmanuel Macron" where the article also says "Mr
 *     Macron")
 * @param variants each form the article used (titles stripped, case fixed), with how often
 * @param mentions how often the article names it in all
 * @param role SUBJECT if it is named anywhere outside a credit, else CREDIT
 */
public record DocEntity(
    EntityType type, String name, Map<String, Integer> variants, int mentions, EntityRole role) {

  public DocEntity {
    variants = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variants));
  }

  public static DocEntity of(EntityType type, String name, int mentions, EntityRole role) {
    return new DocEntity(type, name, Map.of(name, mentions), mentions, role);
  }
}
