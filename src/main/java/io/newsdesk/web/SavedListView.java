package io.newsdesk.web;

import io.newsdesk.saved.Carried;
import io.newsdesk.saved.Owner;
import io.newsdesk.saved.SavedSearch;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * What the saved searches page shows.
 *
 * @param csrfToken for the forms; empty while the browser has no owner
 * @param carryLinkExpires when the owner's live carry link stops working, if there is one
 * @param carried what a carry link just moved into this browser
 */
record SavedListView(
    List<Item> searches,
    boolean hasOwner,
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
      String lastOpenedIso) {

    public String newText() {
      return search.newCount() + " new";
    }
  }

  static SavedListView of(
      List<SavedSearch> searches,
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
                      s.lastOpened().map(Instant::toString).orElse(""));
                })
            .toList();
    return new SavedListView(
        items,
        owner.isPresent(),
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
