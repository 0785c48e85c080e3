package io.newsdesk.pipeline;

import io.newsdesk.article.EntityNameChange;
import io.newsdesk.index.ArticleSteps;
import io.newsdesk.index.EntityStore;
import io.newsdesk.index.PendingStep;
import io.newsdesk.stories.Stories;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The steps of ingest after indexing, each recorded on the written articles as it is done: the
 * renames their entities caused applied, their stories placed (their entities are stored as they
 * are resolved, before indexing). A crash between two leaves the rest recorded for {@link Healing}
 * to finish, and only the rest.
 */
@ApplicationScoped
class AfterIndexing {

  private static final Logger LOG = Logger.getLogger(AfterIndexing.class);

  private final EntityStore entities;
  private final ArticleSteps steps;
  private final Stories stories;

  AfterIndexing(EntityStore entities, ArticleSteps steps, Stories stories) {
    this.entities = entities;
    this.steps = steps;
    this.stories = stories;
  }

  /** Applies the renames a batch's entities caused, and records them done for these articles. */
  void applyRenames(List<EntityNameChange> renames, List<String> ids) {
    entities.rename(renames);
    steps.remaining(ids, PendingStep.RENAMES.after(), false);
  }

  /**
   * Places new and changed articles in stories (a changed one first leaves its story), and
   * unchanged ones that are in none; records the changed ones done. Articles stay indexed and
   * searchable when placing fails; they are placed by the next healing, or by a rebuild.
   */
  void placeInStories(List<String> changed, List<String> unchanged) {
    try {
      stories.place(changed, unchanged);
      steps.remaining(changed, List.of(), false);
    } catch (RuntimeException e) {
      List<String> all = new ArrayList<>(changed);
      all.addAll(unchanged);
      LOG.errorf(
          e,
          "Could not place %d articles in stories; healing retries, POST /api/stories/rebuild too",
          all.size());
    }
  }
}
