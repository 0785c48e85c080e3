package io.newsdesk.node;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Polls a node's cluster health until it can serve searches. */
final class NodeHealth {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI healthUri;

  NodeHealth(int httpPort) {
    this.healthUri =
        URI.create(
            "http://127.0.0.1:" + httpPort + "/_cluster/health?wait_for_status=yellow&timeout=1s");
  }

  /** Waits until healthy; gives up early once {@code stillRunning} turns false. */
  boolean awaitHealthy(Duration timeout, BooleanSupplier stillRunning) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline) && stillRunning.getAsBoolean()) {
      if (healthy()) {
        return true;
      }
      Thread.sleep(500);
    }
    return false;
  }

  boolean healthy() throws InterruptedException {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(healthUri).timeout(Duration.ofSeconds(5)).build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException notYet) {
      return false;
    }
  }
}
