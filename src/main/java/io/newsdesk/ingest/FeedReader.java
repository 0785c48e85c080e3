package io.newsdesk.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.newsdesk.article.SourceMetadata;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/**
 * Reads RSS (0.9x to 2.0) and Atom feeds with Rome, whose parser has DOCTYPE declarations refused
 * and external entities and DTDs off: a feed that declares a DOCTYPE is rejected, never expanded.
 *
 * <p>The metadata a feed file comes with applies to every item as far as it can: its outlet and
 * language; its url is the feed's own address, against which relative item links resolve. The
 * title, date and byline of an item are the feed's.
 */
final class FeedReader {

  /** Text shorter than this, with no content element beside it, is a summary of a linked page. */
  private static final int SUMMARY_LENGTH = 1000;

  private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
  private static final Pattern OUTLET_SUFFIX = Pattern.compile("\\s+[-–—|:]\\s+.*$");

  private FeedReader() {}

  static FeedOutcome read(String source, String text, SourceMetadata given) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new StringReader(text));
    } catch (FeedException e) {
      return rejected(source, reason(e));
    } catch (IllegalArgumentException e) {
      return rejected(source, "XML that is neither an RSS nor an Atom feed");
    } catch (RuntimeException e) {
      return rejected(source, "could not be read as a feed: " + e.getMessage());
    }
    Optional<URI> base = given.url().or(() -> text(feed.getLink())).flatMap(FeedReader::uri);
    Optional<String> outlet =
        given
            .outlet()
            .or(() -> text(feed.getTitle()).map(FeedReader::outletName))
            .or(() -> text(feed.getLink()).flatMap(FeedReader::host));
    Optional<String> language =
        given.language().or(() -> text(feed.getLanguage()).map(FeedReader::languageCode));
    List<FeedItem> items = new ArrayList<>();
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      items.add(item(source + "#" + (i + 1), entries.get(i), base, outlet, language));
    }
    return items.isEmpty()
        ? rejected(source, "a feed with no items")
        : new FeedOutcome.Parsed(items);
  }

  private static FeedItem item(
      String fallbackName,
      SyndEntry entry,
      Optional<URI> base,
      Optional<String> feedOutlet,
      Optional<String> language) {
    Optional<String> link = text(entry.getLink()).flatMap(l -> absolute(l, base));
    Optional<Date> updated =
        Optional.ofNullable(entry.getUpdatedDate())
            .or(() -> Optional.ofNullable(entry.getPublishedDate()));
    String identity =
        text(entry.getUri()).or(() -> link).or(() -> text(entry.getTitle())).orElse(fallbackName);
    Optional<String> content =
        entry.getContents().stream().map(FeedReader::html).flatMap(Optional::stream).findFirst();
    Optional<String> description =
        Optional.ofNullable(entry.getDescription()).flatMap(FeedReader::html);
    String html = content.or(() -> description).orElse("");
    boolean summaryOnly =
        content.isEmpty() && Jsoup.parse(html).text().strip().length() < SUMMARY_LENGTH;
    SourceMetadata metadata =
        new SourceMetadata(
            feedOutlet.or(() -> link.flatMap(FeedReader::host)),
            link,
            Optional.ofNullable(entry.getPublishedDate())
                .or(() -> Optional.ofNullable(entry.getUpdatedDate()))
                .map(FeedReader::utcDate),
            language,
            text(entry.getTitle()),
            byline(entry));
    return new FeedItem(
        link.orElse(fallbackName),
        identity + "@" + updated.map(d -> d.toInstant().toString()).orElse(""),
        link,
        metadata,
        html,
        summaryOnly);
  }

  private static Optional<String> html(SyndContent content) {
    String value = content.getValue();
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String type = Objects.requireNonNullElse(content.getType(), "html").toLowerCase(Locale.ROOT);
    return Optional.of(
        type.equals("text") || type.equals("text/plain")
            ? Stream.of(value.split("\\R\\s*\\R"))
                .map(p -> "<p>" + Entities.escape(p.strip()) + "</p>")
                .collect(Collectors.joining())
            : value);
  }

  private static Optional<String> byline(SyndEntry entry) {
    Stream<String> names =
        Stream.concat(
            Stream.ofNullable(entry.getAuthor()),
            entry.getAuthors().stream().map(SyndPerson::getName).filter(Objects::nonNull));
    return names
        .map(Whitespace::collapse)
        .map(
            author -> {
              Matcher withName = EMAIL_WITH_NAME.matcher(author);
              return withName.matches() ? withName.group(1).strip() : author;
            })
        .filter(author -> !author.isEmpty() && !author.contains("@"))
        .findFirst();
  }

  // A feed's title is often its outlet and section: "The Daily Example - World".
  private static String outletName(String feedTitle) {
    String name = OUTLET_SUFFIX.matcher(feedTitle).replaceFirst("");
    return name.isBlank() ? feedTitle : name;
  }

  private static Optional<String> host(String url) {
    return uri(url)
        .map(URI::getHost)
        .map(h -> h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""))
        .filter(h -> !h.isEmpty());
  }

  private static Optional<String> absolute(String link, Optional<URI> base) {
    Optional<URI> uri = uri(link);
    if (uri.isEmpty()) {
      return Optional.empty();
    }
    if (uri.get().isAbsolute()) {
      return Optional.of(uri.get().toString());
    }
    return base.map(b -> b.resolve(uri.get()).toString());
  }

  private static Optional<URI> uri(String text) {
    try {
      return Optional.of(new URI(text.strip()));
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static String languageCode(String language) {
    return language.split("[-_]")[0].toLowerCase(Locale.ROOT);
  }

  // Rome keeps the instant, not the offset it was written in: the date is taken in UTC.
  private static LocalDate utcDate(Date date) {
    return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
  }

  private static Optional<String> text(String value) {
    return Optional.ofNullable(value).map(Whitespace::collapse).filter(v -> !v.isEmpty());
  }

  private static String reason(FeedException e) {
    String message = Objects.requireNonNullElse(e.getMessage(), "");
    if (message.contains("DOCTYPE")) {
      return "refused: a feed may not declare a DOCTYPE (DTDs and external entities are off)";
    }
    // Rome says nothing more when the XML is well-formed but its elements are not a feed's.
    String detail = message.replaceFirst("^Invalid XML:?\\s*", "");
    return detail.isBlank()
        ? "not a feed that can be read: it lacks the elements RSS or Atom require"
        : "malformed feed XML: " + detail;
  }

  private static FeedOutcome rejected(String source, String reason) {
    return new FeedOutcome.Rejected(Rejection.ofFile(source, reason));
  }
}
