package io.newsdesk.enrich;

import io.newsdesk.article.EntityType;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The per-article pass that turns the recogniser's raw mentions into the article's entities, one
 * per real-world thing. Pure (given its gazetteer and common-word test) and thread-safe.
 *
 * <p>In order:
 *
 * <ol>
 *   <li><b>Clean</b>, <b>Gazetteer</b>, <b>Compounds</b>, <b>Titles and case</b>, <b>Trim</b>
 *       ({@link MentionCleaner}): each mention's text cleaned, agencies and names with an
 *       organisation word made organisations, "Macron-Trump" split, titles stripped, capitals
 *       recased, a trailing common word trimmed.
 *   <li><b>Type vote</b> ({@link TypeVote}): all mentions of one name get one type, by majority of
 *       the recogniser's tags, the words around them and the gazetteer.
 *   <li><b>Find the rest</b> ({@link UntaggedMentionFinder}): every other occurrence of a name the
 *       article tagged, and news agencies, found in the text; then the type vote again, so that the
 *       words around these count too.
 *   <li><b>Group</b> ({@link MentionGrouper}): surnames and short names joined to the person named
 *       in full, another name the article gives a person ({@link AliasLinks}: "also known as")
 *       joined to that person; organisations and places grouped by their key; each group one
 *       entity.
 * </ol>
 */
public final class DocumentConsistency {

  private final MentionCleaner cleaner;
  private final TypeVote typeVote;
  private final UntaggedMentionFinder finder;
  private final AliasLinks aliases;
  private final MentionGrouper grouper;

  /**
   * @param commonWord whether a lowercase word is an ordinary word of the language ("trump",
   *     "deal"); the recogniser knows ({@link EntityRecognizer#isCommonWord(String)})
   */
  public DocumentConsistency(Gazetteer gazetteer, Predicate<String> commonWord) {
    this.cleaner = new MentionCleaner(gazetteer, commonWord);
    this.typeVote = new TypeVote(gazetteer);
    this.finder = new UntaggedMentionFinder(gazetteer, commonWord);
    this.aliases = new AliasLinks(gazetteer);
    this.grouper = new MentionGrouper(gazetteer);
  }

  /** The article's entities, from its text and the recogniser's mentions of it. */
  public List<DocEntity> apply(DocumentText doc, List<RawMention> mentions) {
    List<Mention> occs = cleaner.clean(doc, mentions);
    typeVote.apply(doc, occs);
    finder.findTheRest(doc, occs);
    // Again, with the words around the mentions the recogniser did not tag ("the Wagner group").
    typeVote.apply(doc, occs);
    occs.removeIf(o -> o.type != EntityType.ORGANIZATION && NameCues.isDemonym(o.text));
    return grouper.group(occs, aliases.find(doc, occs));
  }

  /** The fullest form: most words, then most used, then longest, then alphabetical. */
  static String fullest(Map<String, Integer> variants) {
    return MentionGrouper.fullest(variants);
  }
}
