package io.newsdesk.stories;

import java.util.List;

/** The text fingerprint stored with each article: LSH band keys of its shingles' MinHash. */
final class Fingerprints {

  private Fingerprints() {}

  static List<String> of(String title, String body) {
    return MinHash.bandKeys(MinHash.signature(ShingledText.of(text(title, body)).shingles()));
  }

  /** The text that is compared: headline and body. */
  static String text(String title, String body) {
    String head = title == null ? "" : title.strip();
    String rest = body == null ? "" : body;
    return head.isEmpty() ? rest : head + "\n\n" + rest;
  }
}
