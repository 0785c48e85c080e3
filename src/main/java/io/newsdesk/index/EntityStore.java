package io.newsdesk.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import io.newsdesk.article.CanonicalEntity;
import io.newsdesk.article.EntityNameChange;
import io.newsdesk.article.EntityType;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps the corpus's canonical entities in the {@code entities} index (type, aliases, article
 * count, completion input for typeahead), and renames an entity in the articles that stored its old
 * display name.
 */
@ApplicationScoped
public class EntityStore {

  public static final String ALIAS = "entities";

  private final ElasticsearchClient client;
  private final ArticleRenamer renamer;

  EntityStore(ElasticsearchClient client) {
    this.client = client;
    this.renamer = new ArticleRenamer(client);
  }

  /** The stored form of an entity. */
  record EntityDocument(
      String type,
      String name,
      List<String> aliases,
      Map<String, Integer> aliasArticles,
      int articleCount,
      Suggest suggest) {

    record Suggest(List<String> input, int weight) {}

    static EntityDocument of(CanonicalEntity entity) {
      return new EntityDocument(
          entity.type().name(),
          entity.name(),
          entity.aliases(),
          entity.aliasArticles(),
          entity.articleCount(),
          new Suggest(entity.aliases(), Math.max(1, entity.articleCount())));
    }

    CanonicalEntity toEntity() {
      return new CanonicalEntity(
          EntityType.valueOf(type), name, aliases, articleCount, aliasArticles);
    }
  }

  /** Stores these entities and applies the renames to them and to the articles. */
  public void save(List<CanonicalEntity> entities, List<EntityNameChange> renames) {
    register(entities, renames);
    rename(renames);
  }

  /** Stores these entities, under their new names for those renamed. */
  public void register(List<CanonicalEntity> entities, List<EntityNameChange> renames) {
    if (entities.isEmpty() && renames.isEmpty()) {
      return;
    }
    BulkRequest.Builder bulk = new BulkRequest.Builder();
    for (EntityNameChange rename : renames) {
      bulk.operations(op -> op.delete(d -> d.index(ALIAS).id(id(rename.type(), rename.oldName()))));
    }
    for (CanonicalEntity entity : entities) {
      EntityDocument document = EntityDocument.of(entity);
      bulk.operations(
          op ->
              op.index(
                  i -> i.index(ALIAS).id(id(entity.type(), entity.name())).document(document)));
    }
    ElasticCalls.call(() -> client.bulk(bulk.build()));
  }

  /** Applies the renames to the articles that carry the old names. */
  public void rename(List<EntityNameChange> renames) {
    renamer.rename(finalNames(renames));
  }

  /**
   * A name can change twice in one batch (Zelenskiy, then Zelenskyy, then Zelensky): every old name
   * goes straight to the last one, so no article is left under a name in between.
   */
  static List<EntityNameChange> finalNames(List<EntityNameChange> renames) {
    Map<String, EntityNameChange> byOld = new LinkedHashMap<>();
    for (EntityNameChange rename : renames) {
      for (var entry : byOld.entrySet()) {
        EntityNameChange earlier = entry.getValue();
        if (earlier.type() == rename.type() && earlier.newName().equals(rename.oldName())) {
          entry.setValue(new EntityNameChange(earlier.type(), earlier.oldName(), rename.newName()));
        }
      }
      byOld.putIfAbsent(rename.type() + "\u0000" + rename.oldName(), rename);
    }
    return byOld.values().stream().filter(r -> !r.oldName().equals(r.newName())).toList();
  }

  /** Every stored entity, to restore the directory at startup. */
  public List<CanonicalEntity> loadAll() {
    return ElasticCalls.call(
        () -> {
          List<CanonicalEntity> all = new ArrayList<>();
          Scroll.each(
              client,
              ALIAS,
              Scroll.all(),
              1000,
              EntityDocument.class,
              hits -> hits.forEach(h -> all.add(h.source().toEntity())));
          return all;
        });
  }

  static String id(EntityType type, String name) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (type + "\u0000" + name.toLowerCase(Locale.ROOT))
                      .getBytes(StandardCharsets.UTF_8));
      return type.name().toLowerCase(Locale.ROOT) + "-" + HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
