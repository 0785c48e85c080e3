package io.newsdesk.enrich;

import io.newsdesk.article.ArticleDraft;
import io.newsdesk.article.ArticleEntities;
import io.newsdesk.article.CanonicalEntity;
import io.newsdesk.article.EntityMention;
import io.newsdesk.article.EntityNameChange;
import io.newsdesk.article.EntityRole;
import io.newsdesk.article.EntityType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entry point: a draft's text in, its people, organisations and places out, each under the
 * canonical name the corpus-wide {@link EntityDirectory} gives it. Thread-safe.
 *
 * <p>Steps: {@link EntityRecognizer} tags the title, paragraphs and captions line by line, credits
 * apart; {@link DocumentConsistency} makes the article's names consistent and groups them; the
 * directory resolves each group to its canonical entity, and groups that resolve to the same entity
 * (UN and United Nations) are added up.
 *
 * <p>As a CDI bean the model is loaded on first use, and the directory keeps its entities in
 * Elasticsearch ({@link RegistryStore}), shared with every portal on the cluster.
 */
@ApplicationScoped
public class EntityExtractor {

  private final Gazetteer gazetteer;
  private final EntityDirectory directory;
  private volatile EntityRecognizer recognizer;
  private volatile DocumentConsistency consistency;

  /** For CDI: the shipped gazetteer, the stored directory, the model loaded on first use. */
  @Inject
  public EntityExtractor(RegistryStore store) {
    this.gazetteer = Gazetteer.defaults();
    this.directory = new EntityDirectory(gazetteer, store);
  }

  public EntityExtractor(EntityRecognizer recognizer, EntityDirectory directory) {
    this(recognizer, directory, Gazetteer.defaults());
  }

  public EntityExtractor(
      EntityRecognizer recognizer, EntityDirectory directory, Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.directory = directory;
    this.recognizer = recognizer;
    this.consistency = new DocumentConsistency(gazetteer, recognizer::isCommonWord);
  }

  public EntityDirectory directory() {
    return directory;
  }

  /** The recogniser, loading the model if this is the first use. */
  public EntityRecognizer recognizer() {
    EntityRecognizer r = recognizer;
    if (r == null) {
      synchronized (this) {
        r = recognizer;
        if (r == null) {
          r = EntityRecognizer.load(gazetteer);
          consistency = new DocumentConsistency(gazetteer, r::isCommonWord);
          recognizer = r;
        }
      }
    }
    return r;
  }

  /** A batch's entities resolved and stored: per article, then the names that changed. */
  public record Resolution(List<ArticleEntities> articles, List<EntityNameChange> renames) {}

  /** The draft's entities, resolved and registered in the directory (the article counts once). */
  public ArticleEntities extract(ArticleDraft draft) {
    return resolve(recognise(draft));
  }

  /** The draft's entities as the text names them, before any is resolved; thread-safe. */
  public List<DocEntity> recognise(ArticleDraft draft) {
    EntityRecognizer r = recognizer();
    DocumentText doc = DocumentText.of(draft, r.creditCues());
    return consistency.apply(doc, r.recognize(doc));
  }

  /** Resolves an article's entities through the directory and adds up those that meet. */
  public ArticleEntities resolve(List<DocEntity> found) {
    return added(directory.resolveArticle(found));
  }

  /** Resolves a batch's entities together, in order, and stores them once. */
  public Resolution resolveAll(List<List<DocEntity>> found) {
    EntityDirectory.Batch batch = directory.resolveBatch(found);
    return new Resolution(
        batch.articles().stream().map(EntityExtractor::added).toList(), batch.renames());
  }

  private static ArticleEntities added(List<EntityDirectory.Resolved> resolved) {
    Map<String, Acc> byEntity = new LinkedHashMap<>();
    for (EntityDirectory.Resolved r : resolved) {
      CanonicalEntity c = r.entity();
      Acc acc = byEntity.computeIfAbsent(c.type() + "\u0000" + c.name(), k -> new Acc(c));
      acc.mentions += r.mention().mentions();
      acc.subject |= r.mention().role() == EntityRole.SUBJECT;
      acc.aliases.addAll(r.mention().variants().keySet());
    }
    Map<EntityType, List<EntityMention>> out = new EnumMap<>(EntityType.class);
    for (EntityType t : EntityType.values()) {
      out.put(t, new ArrayList<>());
    }
    for (Acc a : byEntity.values()) {
      List<String> aliases = new ArrayList<>();
      aliases.add(a.entity.name());
      for (String s : a.aliases) {
        if (!s.equals(a.entity.name())) {
          aliases.add(s);
        }
      }
      out.get(a.entity.type())
          .add(
              new EntityMention(
                  a.entity.name(),
                  a.mentions,
                  a.subject ? EntityRole.SUBJECT : EntityRole.CREDIT,
                  aliases));
    }
    Comparator<EntityMention> order =
        Comparator.comparing((EntityMention m) -> m.role() == EntityRole.CREDIT)
            .thenComparing(m -> -m.mentions())
            .thenComparing(EntityMention::name);
    for (List<EntityMention> l : out.values()) {
      l.sort(order);
    }
    return new ArticleEntities(
        out.get(EntityType.PERSON), out.get(EntityType.ORGANIZATION), out.get(EntityType.PLACE));
  }

  private static final class Acc {
    final CanonicalEntity entity;
    final Set<String> aliases = new LinkedHashSet<>();
    int mentions;
    boolean subject;

    Acc(CanonicalEntity entity) {
      this.entity = entity;
    }
  }
}
