package io.newsdesk.stories;

import io.newsdesk.index.ArticleDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/** The id of a new story. */
final class StoryIds {

  private StoryIds() {}

  /**
   * Named after its first article and that article's content, so a rebuild gives a story the same
   * id (and address) as before.
   */
  static String newStoryId(ArticleDocument founder, Set<String> taken) {
    String id = hash(founder.id() + "\u0000" + founder.contentHash());
    while (taken.contains(id)) {
      id = hash(id);
    }
    return id;
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
