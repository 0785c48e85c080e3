package io.newsdesk.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsdesk.article.EntityNameChange;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renames an entity in the articles that stored its old display name. The entities themselves are
 * kept in the {@code entities} index by the entity registry ({@code enrich.RegistryStore}).
 */
@ApplicationScoped
public class EntityStore {

  public static final String ALIAS = "entities";

  private final ArticleRenamer renamer;

  EntityStore(ElasticsearchClient client) {
    this.renamer = new ArticleRenamer(client);
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
}
