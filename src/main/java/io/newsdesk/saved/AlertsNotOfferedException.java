package io.newsdesk.saved;

/**
 * Alerts are asked for on a portal that does not offer them ({@code newsdesk.public-url} unset).
 */
public class AlertsNotOfferedException extends RuntimeException {

  public AlertsNotOfferedException() {
    super(
        "Email alerts are not offered here: the portal's address (newsdesk.public-url) is not"
            + " configured, so a mail could not link back to it.");
  }
}
