package io.newsdesk.enrich;

import io.newsdesk.article.EntityRole;
import io.newsdesk.article.EntityType;

/**
 * One occurrence of a name in one part of an article, before names are merged.
 *
 * @param text the name as written, brackets dropped ("[Sergei] Lavrov" gives "Sergei Lavrov")
 * @param type what it names
 * @param part the part of the draft it is in
 * @param partIndex which paragraph or caption (0 for the title)
 * @param begin offset of its first character in that part's string
 * @param end offset after its last character in that part's string
 * @param credit whether it stands in a credit: a byline, a photo credit, a copyright line
 * @param tagged whether the recogniser tagged it (else a later pass found it: a gazetteer entry or
 *     another occurrence of a name tagged elsewhere in the article)
 */
public record RawMention(
    String text,
    EntityType type,
    TextPart part,
    int partIndex,
    int begin,
    int end,
    boolean credit,
    boolean tagged) {

  public EntityRole role() {
    return credit ? EntityRole.CREDIT : EntityRole.SUBJECT;
  }
}
