package io.newsdesk.web;

import io.newsdesk.saved.Alerts;
import io.newsdesk.saved.SavedItemNotFoundException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The links in alert mails, which work in any browser, without the owner's cookie: the token in the
 * address is the proof, so the forms need no other. A GET only asks (mail scanners fetch links);
 * the button, or a mail client's one-click unsubscribe (RFC 8058), posts to the same address.
 */
@Path("/alerts")
@Produces(MediaType.TEXT_HTML)
class AlertPages {

  private final Alerts alerts;

  AlertPages(Alerts alerts) {
    this.alerts = alerts;
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance ask(String title, String question, String action, String button);

    static native TemplateInstance done(String title, String message);
  }

  @GET
  @Path("confirm/{token}")
  public TemplateInstance askToConfirm(@PathParam("token") String token) {
    String name = alerts.confirmationFor(token).orElseThrow(AlertPages::deadLink);
    return Templates.ask(
        "Confirm your alert",
        "Mail this address when new articles match the saved search “" + name + "”?",
        "/alerts/confirm/" + token,
        "Confirm the alert");
  }

  @POST
  @Path("confirm/{token}")
  public TemplateInstance confirm(@PathParam("token") String token) {
    String name = alerts.confirm(token);
    return Templates.done(
        "Alert confirmed",
        "New matches of “" + name + "” will be mailed to you. Every mail has a link to stop them.");
  }

  @GET
  @Path("unsubscribe/{token}")
  public TemplateInstance askToUnsubscribe(@PathParam("token") String token) {
    return alerts
        .unsubscriptionFor(token)
        .map(
            name ->
                Templates.ask(
                    "Unsubscribe",
                    "Stop the mails about new matches of the saved search “" + name + "”?",
                    "/alerts/unsubscribe/" + token,
                    "Unsubscribe"))
        .orElseGet(AlertPages::unsubscribed);
  }

  /** The button's post and a mail client's one-click post alike; the body is not needed. */
  @POST
  @Path("unsubscribe/{token}")
  public TemplateInstance unsubscribe(@PathParam("token") String token) {
    alerts.unsubscribe(token);
    return unsubscribed();
  }

  // A used link answers the same: the reader wanted no more mail, and gets none.
  private static TemplateInstance unsubscribed() {
    return Templates.done("Unsubscribed", "No more alert mails will be sent for this search.");
  }

  private static SavedItemNotFoundException deadLink() {
    return new SavedItemNotFoundException(
        "This confirmation link does not work: it was replaced by a newer one, the alert was"
            + " removed, or the link was mistyped.");
  }
}
