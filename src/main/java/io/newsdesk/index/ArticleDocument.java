package io.newsdesk.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleEntities;
import io.newsdesk.article.EntityMention;
import io.newsdesk.article.EntityRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An article as stored in the {@code articles} index ({@code index-mappings/articles.json}). Facet
 * fields hold canonical names of the entities the story is about; credited people (bylines,
 * photographers) are kept apart so they do not crowd the person facet.
 *
 * @param fingerprint the text's LSH band keys, to find near-copies by a terms query
 * @param pendingSteps the steps after indexing not done yet ({@link PendingStep}), empty once all
 *     are: what a portal that crashed leaves for the next one to finish
 * @param pendingSince when the article was written with steps to do
 * @param embedding the sentence embedding of headline and lead, for search by meaning; null when
 *     embeddings are off
 */
public record ArticleDocument(
    String id,
    String title,
    String body,
    List<String> captions,
    String outlet,
    LocalDate published,
    String byline,
    String credit,
    String url,
    String language,
    List<String> persons,
    List<String> organizations,
    List<String> places,
    List<String> creditedPersons,
    List<String> entityNames,
    ArticleEntities entities,
    String contentHash,
    String source,
    Instant ingestedAt,
    List<String> fingerprint,
    List<String> pendingSteps,
    Instant pendingSince,
    @JsonInclude(JsonInclude.Include.NON_NULL) float[] embedding) {

  /** The same article with this fingerprint (one stored before fingerprints existed). */
  public ArticleDocument withFingerprint(List<String> newFingerprint) {
    return new ArticleDocument(
        id,
        title,
        body,
        captions,
        outlet,
        published,
        byline,
        credit,
        url,
        language,
        persons,
        organizations,
        places,
        creditedPersons,
        entityNames,
        entities,
        contentHash,
        source,
        ingestedAt,
        newFingerprint,
        pendingSteps,
        pendingSince,
        embedding);
  }

  static ArticleDocument of(
      Article article,
      List<String> fingerprint,
      String source,
      Instant ingestedAt,
      List<PendingStep> pending,
      Instant now,
      float[] embedding) {
    return new ArticleDocument(
        article.id(),
        article.title(),
        article.body(),
        article.captions(),
        article.outlet().orElse(null),
        article.published().orElse(null),
        article.byline().orElse(null),
        article.credit().orElse(null),
        article.url().orElse(null),
        article.language().orElse(null),
        names(article.persons(), EntityRole.SUBJECT),
        names(article.organizations(), null),
        names(article.places(), null),
        names(article.persons(), EntityRole.CREDIT),
        aliases(article),
        article.entities(),
        article.contentHash(),
        source,
        ingestedAt,
        fingerprint,
        PendingStep.names(pending),
        pending.isEmpty() ? null : now,
        embedding);
  }

  private static List<String> names(List<EntityMention> mentions, EntityRole role) {
    return mentions.stream()
        .filter(mention -> role == null || mention.role() == role)
        .map(EntityMention::name)
        .distinct()
        .toList();
  }

  /** Every spelling of every entity, so a search for any variant finds the article. */
  private static List<String> aliases(Article article) {
    Set<String> all = new LinkedHashSet<>();
    Stream.of(article.persons(), article.organizations(), article.places())
        .flatMap(List::stream)
        .forEach(
            mention -> {
              all.add(mention.name());
              all.addAll(mention.aliases());
            });
    return List.copyOf(all);
  }
}
