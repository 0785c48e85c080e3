package io.newsdesk.ingest;

import io.newsdesk.article.SourceMetadata;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of an RSS or Atom feed.
 *
 * @param name the item's link, or the feed's name and the item's place in it: for messages
 * @param key what identifies this version of the item from one poll to the next: its guid (or Atom
 *     id, or link) and the date it was last updated
 * @param link the article's address, when the item gives one
 * @param metadata title, link, date, author, outlet and language as the feed gives them
 * @param html the item's content; its summary when that is all it holds
 * @param summaryOnly the item holds a summary only: the article is on its linked page
 */
public record FeedItem(
    String name,
    String key,
    Optional<String> link,
    SourceMetadata metadata,
    String html,
    boolean summaryOnly) {

  public FeedItem {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(html, "html");
  }

  /** The item's own content as an HTML input, with the feed's metadata. */
  public InputFile asInput() {
    String page = "<!DOCTYPE html><html><body>" + html + "</body></html>";
    return new InputFile(name, page.getBytes(StandardCharsets.UTF_8), Optional.of(metadata));
  }

  /** The item's linked page, as fetched, with the feed's metadata winning over the page's. */
  public InputFile withPage(byte[] page) {
    return new InputFile(name, page, Optional.of(metadata));
  }
}
