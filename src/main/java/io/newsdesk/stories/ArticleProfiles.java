package io.newsdesk.stories;

import io.newsdesk.index.ArticleDocument;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The articles one placing compares, read from the store once: the articles placed, their
 * candidates and the members of the candidates' stories. An article stored before fingerprints
 * existed gets one here, which placing then writes back.
 */
final class ArticleProfiles {

  private final ArticleStore store;
  private final Map<String, ArticleDocument> documents = new HashMap<>();
  private final Map<String, ArticleTerms> terms = new HashMap<>();
  private final Map<String, ArticleProfile> profiles = new HashMap<>();
  private final Map<String, List<String>> newFingerprints = new HashMap<>();

  ArticleProfiles(ArticleStore store) {
    this.store = store;
  }

  /** Reads the articles with these ids not read yet; returns those found, in no order. */
  Map<String, ArticleDocument> read(Collection<String> ids) {
    List<String> missing =
        ids.stream().distinct().filter(id -> !documents.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      store
          .articlesToPlace(missing)
          .forEach(
              (id, document) -> {
                if (document.fingerprint() == null || document.fingerprint().isEmpty()) {
                  List<String> fingerprint = Fingerprints.of(document.title(), document.body());
                  newFingerprints.put(id, fingerprint);
                  document = document.withFingerprint(fingerprint);
                }
                documents.put(id, document);
              });
      terms.putAll(store.terms(missing.stream().filter(documents::containsKey).toList()));
    }
    Map<String, ArticleDocument> found = new HashMap<>();
    ids.stream().filter(documents::containsKey).forEach(id -> found.put(id, documents.get(id)));
    return found;
  }

  /** The analysed words of an article read, if the store had them. */
  Optional<ArticleTerms> terms(String id) {
    return Optional.ofNullable(terms.get(id));
  }

  /** The profile of an article read; empty for one the store did not have. */
  Optional<ArticleProfile> profile(String id) {
    ArticleDocument document = documents.get(id);
    if (document == null) {
      return Optional.empty();
    }
    return Optional.of(
        profiles.computeIfAbsent(id, i -> ArticleProfile.of(document, terms.get(id))));
  }

  /** Fingerprints made here for articles stored without one. */
  Map<String, List<String>> newFingerprints() {
    return newFingerprints;
  }
}
