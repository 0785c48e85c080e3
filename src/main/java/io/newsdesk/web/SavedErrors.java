package io.newsdesk.web;

import io.newsdesk.saved.AlertsNotOfferedException;
import io.newsdesk.saved.EditConflictException;
import io.newsdesk.saved.InvalidAlertException;
import io.newsdesk.saved.SavedItemNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The answers for saved searches, stars and feeds that went wrong, worded for their owner. */
class SavedErrors {

  @ServerExceptionMapper
  Response notFound(SavedItemNotFoundException e, UriInfo uri) {
    return ErrorResponses.respond(uri, 404, "Not found", e.getMessage(), null);
  }

  @ServerExceptionMapper
  Response conflict(EditConflictException e, UriInfo uri) {
    return ErrorResponses.respond(uri, 409, "Changed elsewhere", e.getMessage(), null);
  }

  @ServerExceptionMapper
  Response alertsNotOffered(AlertsNotOfferedException e, UriInfo uri) {
    return ErrorResponses.respond(uri, 409, "Alerts are not offered", e.getMessage(), null);
  }

  @ServerExceptionMapper
  Response invalidAlert(InvalidAlertException e, UriInfo uri) {
    return ErrorResponses.respond(uri, 400, "Invalid alert", e.getMessage(), e.field());
  }

  @ServerExceptionMapper
  Response forged(CsrfRefusedException e, UriInfo uri) {
    return ErrorResponses.respond(uri, 403, "Refused", e.getMessage(), null);
  }
}
