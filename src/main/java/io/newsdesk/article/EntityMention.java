package io.newsdesk.article;

import java.util.List;

/**
 * One canonical entity as an article names it.
 *
 * @param name the canonical display name, the same across the corpus
 * @param mentions how often the article names it
 * @param role whether the article is about it or merely credits it (bylines, photographers)
 * @param aliases the spellings this article used, canonical name included
 */
public record EntityMention(String name, int mentions, EntityRole role, List<String> aliases) {

  public EntityMention {
    aliases = List.copyOf(aliases);
  }
}
