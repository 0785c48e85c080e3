package io.newsdesk.web;

import io.newsdesk.saved.AlertDigests;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code POST /api/alerts/run}: sends the alert mails due now, without waiting for the clock. */
@Path("/api/alerts/run")
@Produces(MediaType.APPLICATION_JSON)
class AlertsApi {

  private final AlertDigests digests;

  AlertsApi(AlertDigests digests) {
    this.digests = digests;
  }

  @POST
  @AdminOnly
  @Operation(
      summary = "Send the alert mails due now (admin token)",
      description =
          "Confirmations and digests; answers how many went out and how many the mail server did"
              + " not take (those are retried later).")
  public AlertDigests.Run run() {
    return digests.runDue(Instant.now());
  }
}
