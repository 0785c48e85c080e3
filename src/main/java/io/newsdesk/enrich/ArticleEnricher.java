package io.newsdesk.enrich;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleDraft;
import io.newsdesk.article.ArticleEntities;
import io.newsdesk.article.CanonicalEntity;
import io.newsdesk.article.EntityMention;
import io.newsdesk.article.EntityNameChange;
import io.newsdesk.article.EntityType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a draft into an indexable article: metadata from the source or the text (the language
 * guessed from the body when the source names none), canonical entities, a stable id and a content
 * hash. Safe to call from several threads.
 */
@ApplicationScoped
public class ArticleEnricher {

  private final MetadataExtractor metadata = new MetadataExtractor();
  private final LanguageGuesser languages = LanguageGuesser.load();
  private final EntityExtractor entities;

  ArticleEnricher(EntityExtractor entities) {
    this.entities = entities;
  }

  /** What a draft is before any entity is looked for: its metadata, id and content hash. */
  public record Identified(ArticleDraft draft, ResolvedMetadata metadata, String id, String hash) {}

  /**
   * Reads the metadata and gives the draft its stable id and content hash: enough to tell an
   * article already stored with this text, which then needs no entities found again.
   */
  public Identified identify(ArticleDraft draft) {
    ResolvedMetadata meta = metadata.extract(draft);
    return new Identified(
        draft,
        meta,
        ArticleIds.of(draft.metadata().url(), meta.outlet(), draft.title(), draft.body()),
        ArticleIds.contentHash(
            draft.title(),
            draft.body(),
            meta.outlet().orElse(""),
            meta.published().map(LocalDate::toString).orElse(""),
            meta.byline().orElse(""),
            meta.credit().orElse(""),
            draft.metadata().url().orElse(""),
            draft.metadata().language().orElse(""),
            String.join("\n", draft.captions())));
  }

  public Article enrich(ArticleDraft draft) {
    return enrich(identify(draft));
  }

  public Article enrich(Identified identified) {
    ArticleDraft draft = identified.draft();
    ResolvedMetadata meta = identified.metadata();
    ArticleEntities found = entities.extract(draft);
    String body = draft.body();
    return new Article(
        identified.id(),
        draft.title(),
        body,
        meta.outlet(),
        meta.published(),
        meta.byline(),
        meta.credit(),
        draft.metadata().url(),
        draft.metadata().language().or(() -> languages.guess(body)),
        found.persons(),
        found.organizations(),
        found.places(),
        draft.captions(),
        identified.hash());
  }

  /** The canonical entities of these articles as the directory now knows them. */
  public List<CanonicalEntity> entitiesOf(List<Article> articles) {
    EntityDirectory directory = entities.directory();
    List<CanonicalEntity> out = new ArrayList<>();
    for (Article article : articles) {
      add(out, directory, EntityType.PERSON, article.persons());
      add(out, directory, EntityType.ORGANIZATION, article.organizations());
      add(out, directory, EntityType.PLACE, article.places());
    }
    return out.stream().distinct().toList();
  }

  /** Display names that changed since the last call, for the index to follow. */
  public List<EntityNameChange> nameChanges() {
    return entities.directory().drainNameChanges();
  }

  /** The name an entity stored under {@code name} goes by now, when it is known. */
  public Optional<String> currentName(EntityType type, String name) {
    return entities.directory().find(type, name).map(CanonicalEntity::name);
  }

  /** Applies hand-made corrections to every later resolution and to the known entities. */
  public void curate(Curation curation) {
    entities.directory().curate(curation);
  }

  /** Restores the corpus's entities, as stored, at startup. */
  public void restore(List<CanonicalEntity> known) {
    entities.directory().restore(known);
  }

  private static void add(
      List<CanonicalEntity> out,
      EntityDirectory directory,
      EntityType type,
      List<EntityMention> mentions) {
    for (EntityMention mention : mentions) {
      directory.find(type, mention.name()).ifPresent(out::add);
    }
  }
}
