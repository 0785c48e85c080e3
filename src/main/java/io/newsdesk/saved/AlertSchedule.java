package io.newsdesk.saved;

import io.newsdesk.index.IndexSchema;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Sends due alert mails every minute, so an immediate alert follows an ingest within minutes. */
@ApplicationScoped
class AlertSchedule {

  private final AlertDigests digests;
  private final IndexSchema schema;

  AlertSchedule(AlertDigests digests, IndexSchema schema) {
    this.digests = digests;
    this.schema = schema;
  }

  @Scheduled(
      every = "1m",
      delayed = "30s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    if (schema.ready()) {
      digests.runDue(Instant.now());
    }
  }
}
