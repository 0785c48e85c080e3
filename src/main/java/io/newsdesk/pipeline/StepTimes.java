package io.newsdesk.pipeline;

/**
 * Milliseconds one ingest spent in each step. Enrich and fingerprint run on every core, so theirs
 * are summed over the workers and can exceed the total; the others are wall time.
 */
public record StepTimes(
    long read, long enrich, long fingerprint, long index, long entities, long stories, long total) {

  static long millis(long nanos) {
    return Math.round(nanos / 1e6);
  }
}
