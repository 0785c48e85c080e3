package io.newsdesk.index;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The steps of ingest after an article is indexed, in order. An article records those not done yet,
 * so a crash between them leaves a trace the next start finishes from.
 */
public enum PendingStep {
  /** Its canonical entities stored in the {@code entities} index. */
  ENTITIES,
  /** The display-name changes its entities caused, applied to the articles naming them. */
  RENAMES,
  /** Placed in a story. */
  STORIES;

  /** Every step: what a newly written article has to do. */
  public static final List<PendingStep> ALL = List.of(values());

  /** The steps after this one. */
  public List<PendingStep> after() {
    return ALL.subList(ordinal() + 1, ALL.size());
  }

  String stored() {
    return name().toLowerCase(Locale.ROOT);
  }

  static List<String> names(List<PendingStep> steps) {
    return steps.stream().map(PendingStep::stored).toList();
  }

  /** The steps a stored list names; an unknown name (a newer portal's) is left out. */
  public static Set<PendingStep> of(List<String> stored) {
    Set<PendingStep> steps = EnumSet.noneOf(PendingStep.class);
    if (stored != null) {
      for (PendingStep step : values()) {
        if (stored.contains(step.stored())) {
          steps.add(step);
        }
      }
    }
    return steps;
  }
}
