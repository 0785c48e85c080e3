package io.newsdesk.web;

import io.newsdesk.saved.Alert;
import io.newsdesk.saved.AlertFrequency;
import io.newsdesk.saved.Carried;
import io.newsdesk.saved.Owner;
import io.newsdesk.saved.SavedSearch;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the saved searches page shows.
 *
 * @param csrfToken for the forms; empty while the browser has no owner
 * @param carryLinkExpires when the owner's live carry link stops working, if there is one
 * @param carried what a carry link just moved into this browser
 * @param alertsOffered whether the alert forms are shown ({@code newsdesk.public-url} is set)
 */
record SavedListView(
    List<Item> searches,
    boolean hasOwner,
    boolean alertsOffered,
    String csrfToken,
    Optional<String> carryLinkExpires,
    Optional<Carried> carried) {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /**
   * One saved search with its links.
   *
   * @param editUrl runs the search without counting it as opened, with the update form
   */
  record Item(
      SavedSearch search,
      String openUrl,
      String editUrl,
      String feedUrl,
      String lastOpened,
      String lastOpenedIso,
      Alert alert) {

    public String newText() {
      return search.newCount() + " new";
    }

    /** E.g. {@code Mailed daily to a@example.org (waiting for confirmation)}. */
    public String alertText() {
      if (!alert.isOn()) {
        return "No email alert.";
      }
      return "Mailed "
          + (alert.frequency() == AlertFrequency.IMMEDIATE
              ? "as soon as something matches"
              : alert.frequency().parameter())
          + " to "
          + alert.email().orElse("")
          + (alert.confirmed()
              ? "."
              : alert.confirmationSent().isPresent()
                  ? " once the address is confirmed: follow the link mailed to it."
                  : " once the address is confirmed: the confirmation mail goes out shortly.");
    }

    public boolean frequencyIs(String parameter) {
      return alert.frequency().parameter().equals(parameter);
    }
  }

  static SavedListView of(
      List<SavedSearch> searches,
      Map<String, Alert> alerts,
      boolean alertsOffered,
      Optional<Owner> owner,
      Optional<Instant> carryLinkExpires,
      Optional<Carried> carried,
      UriInfo uri) {
    List<Item> items =
        searches.stream()
            .map(
                s -> {
                  String parameters = SearchLinks.parameters(s.query());
                  return new Item(
                      s,
                      "/saved/" + s.id() + "/open",
                      "/search?"
                          + (parameters.isEmpty() ? "" : parameters + "&")
                          + SavedControls.SAVED
                          + "="
                          + s.id(),
                      feedUrl(uri, s.feedToken()),
                      s.lastOpened().map(SavedListView::time).orElse("never"),
                      s.lastOpened().map(Instant::toString).orElse(""),
                      alerts.getOrDefault(s.id(), Alert.off(s.id())));
                })
            .toList();
    return new SavedListView(
        items,
        owner.isPresent(),
        alertsOffered,
        Csrf.tokenFor(owner),
        carryLinkExpires.map(SavedListView::time),
        carried);
  }

  static String feedUrl(UriInfo uri, String feedToken) {
    return uri.getBaseUri().resolve("feeds/" + feedToken + ".atom").toString();
  }

  static String time(Instant instant) {
    return TIME.format(instant);
  }
}
