package io.newsdesk.enrich;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleDraft;
import io.newsdesk.article.ArticleEntities;
import io.newsdesk.article.EntityNameChange;
import io.newsdesk.article.EntityType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a draft into an indexable article: metadata from the source or the text (the language
 * guessed from the body when the source names none), canonical entities, a stable id and a content
 * hash. Safe to call from several threads; a batch's entities are resolved together.
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

  /** An identified draft with the entities its text names, not resolved yet. */
  public record Recognised(Identified identified, List<DocEntity> entities) {}

  /** Articles enriched together, and the display names that changed on the way. */
  public record Enriched(List<Article> articles, List<EntityNameChange> renames) {}

  /** Finds the entities the text names: the costly step, safe to run on every core. */
  public Recognised recognise(Identified identified) {
    return new Recognised(identified, entities.recognise(identified.draft()));
  }

  /**
   * Resolves the recognised entities of a batch together, in order, stores the entities, and makes
   * the articles.
   */
  public Enriched enrichAll(List<Recognised> batch) {
    EntityExtractor.Resolution resolution =
        entities.resolveAll(batch.stream().map(Recognised::entities).toList());
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      articles.add(article(batch.get(i).identified(), resolution.articles().get(i)));
    }
    return new Enriched(articles, resolution.renames());
  }

  private Article article(Identified identified, ArticleEntities found) {
    ArticleDraft draft = identified.draft();
    ResolvedMetadata meta = identified.metadata();
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

  /**
   * The names these articles' entities carry that their entity no longer goes by, with the name it
   * goes by now (none for an article stored before entities were kept with it).
   */
  public List<EntityNameChange> staleNames(List<ArticleEntities> articles) {
    List<EntityNameChange> out = new ArrayList<>();
    for (EntityType type : EntityType.values()) {
      Set<String> names = new LinkedHashSet<>();
      articles.stream()
          .filter(Objects::nonNull)
          .forEach(a -> a.of(type).forEach(m -> names.add(m.name())));
      if (!names.isEmpty()) {
        out.addAll(entities.directory().staleNames(type, names));
      }
    }
    return out;
  }

  /** Applies hand-made corrections to every later resolution and to every stored entity. */
  public void curate(Curation curation) {
    entities.directory().curate(curation);
  }

  /** Puts the corrections in force for later resolutions, as at start. */
  public void useCuration(Curation curation) {
    entities.directory().use(curation);
  }
}
