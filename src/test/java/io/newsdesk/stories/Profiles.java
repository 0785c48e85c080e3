package io.newsdesk.stories;

import io.newsdesk.article.ArticleEntities;
import io.newsdesk.article.EntityMention;
import io.newsdesk.article.EntityRole;
import io.newsdesk.index.ArticleDocument;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Article profiles for tests: words with their counts, places, a date and an embedding. */
final class Profiles {

  /** Articles in the made-up corpus the words' document frequencies come from. */
  static final int CORPUS = 1000;

  private Profiles() {}

  /**
   * An article whose words are the keys of {@code words} (how often it uses each), each in {@code
   * documentFrequency} articles of the corpus unless {@code rare} names it (then in 3).
   */
  static ArticleProfile profile(
      String id,
      String published,
      String text,
      List<String> places,
      float[] meaning,
      String... rare) {
    Map<String, Integer> frequencies = new HashMap<>();
    for (String word : text.split(" ")) {
      frequencies.merge(word, 1, Integer::sum);
    }
    Map<String, Integer> documentFrequencies = new HashMap<>();
    frequencies.keySet().forEach(word -> documentFrequencies.put(word, 50));
    for (String word : rare) {
      documentFrequencies.put(word, 3);
    }
    ArticleDocument document =
        new ArticleDocument(
            id,
            "Headline " + id,
            text,
            List.of(),
            "Outlet " + id,
            published == null ? null : LocalDate.parse(published),
            null,
            null,
            null,
            "en",
            List.of(),
            List.of(),
            places,
            List.of(),
            List.of(),
            new ArticleEntities(
                List.of(),
                List.of(),
                places.stream()
                    .map(p -> new EntityMention(p, 2, EntityRole.SUBJECT, List.of(p)))
                    .toList()),
            "hash-" + id,
            null,
            null,
            List.of(),
            List.of(),
            null,
            meaning);
    return ArticleProfile.of(document, new ArticleTerms(frequencies, documentFrequencies, CORPUS));
  }
}
