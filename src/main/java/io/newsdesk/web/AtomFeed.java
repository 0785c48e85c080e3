package io.newsdesk.web;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.newsdesk.saved.SavedSearchFeed;
import io.newsdesk.search.SearchResults.SearchHit;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * A saved search as an Atom 1.0 document (RFC 4287). Ids are URNs that never change for a search or
 * an article; an entry's {@code updated} is when the article entered the index, so a re-ingested
 * article shows as changed.
 */
final class AtomFeed {

  private AtomFeed() {}

  static String write(SavedSearchFeed saved, URI base, String feedUrl) {
    Feed feed = new Feed("atom_1.0");
    feed.setId("urn:newsdesk:saved-search:" + saved.id());
    feed.setTitleEx(text(saved.name()));
    feed.setSubtitle(text("Newest articles for: " + saved.filtersInWords()));
    feed.setUpdated(
        Date.from(
            saved.entries().stream()
                .map(SearchHit::ingestedAt)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(saved.created())));
    String search = SearchLinks.parameters(saved.query());
    feed.setAlternateLinks(
        List.of(
            link(
                "alternate",
                base.resolve("search" + (search.isEmpty() ? "" : "?" + search)).toString(),
                "text/html")));
    feed.setOtherLinks(List.of(link("self", feedUrl, "application/atom+xml")));
    Person newsdesk = new Person();
    newsdesk.setName("Newsdesk");
    feed.setAuthors(List.of(newsdesk));
    feed.setEntries(
        saved.entries().stream().map(hit -> entry(hit, base, saved.created())).toList());
    try {
      return new WireFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("Could not write the feed of " + saved.id(), e);
    }
  }

  private static Entry entry(SearchHit hit, URI base, Instant fallback) {
    Entry entry = new Entry();
    entry.setId("urn:newsdesk:article:" + PathSegments.encode(hit.id()));
    entry.setTitleEx(text(hit.title()));
    entry.setUpdated(Date.from(hit.ingestedAt() == null ? fallback : hit.ingestedAt()));
    if (hit.published() != null) {
      entry.setPublished(Date.from(hit.published().atStartOfDay(ZoneOffset.UTC).toInstant()));
    }
    String url =
        hit.url() != null
            ? hit.url()
            : base.resolve("articles/" + PathSegments.encode(hit.id())).toString();
    entry.setAlternateLinks(List.of(link("alternate", url, "text/html")));
    if (!hit.snippets().isEmpty()) {
      Content summary = new Content();
      summary.setType(Content.HTML);
      summary.setValue(
          (hit.outlet() == null ? "" : "<p>" + escape(hit.outlet()) + "</p>")
              + "<p>"
              + String.join(" … ", hit.snippets())
              + "</p>");
      entry.setSummary(summary);
    }
    return entry;
  }

  private static Content text(String value) {
    Content content = new Content();
    content.setType(Content.TEXT);
    content.setValue(value);
    return content;
  }

  private static Link link(String rel, String href, String type) {
    Link link = new Link();
    link.setRel(rel);
    link.setHref(href);
    link.setType(type);
    return link;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
