package io.newsdesk.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.TermSuggest;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.index.ElasticCalls;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * "Did you mean": when few articles have all the words of a search as typed, each word that no
 * article has is replaced by its most frequent close spelling in the corpus (a rare word that is
 * there is what the reader asked for), and the respelling is kept only if clearly more articles
 * have all of its words.
 */
final class DidYouMean {

  /** Below this many hits a correction is looked for. */
  static final long FEW = 3;

  private final ElasticsearchClient client;

  DidYouMean(ElasticsearchClient client) {
    this.client = client;
  }

  /** The suggestion (lowercased by the index) with the capital the typed word began with. */
  static String likeTyped(String suggestion, String typed) {
    if (typed.isEmpty() || suggestion.isEmpty() || !Character.isUpperCase(typed.codePointAt(0))) {
      return suggestion;
    }
    int first = suggestion.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(suggestion.substring(Character.charCount(first)))
        .toString();
  }

  /**
   * A respelling of the text whose words, all as typed, are in clearly more articles within the
   * filters than the text's are ({@code asTyped} of them).
   */
  Optional<String> suggest(String text, long asTyped, List<Query> filters) {
    if (text.isBlank() || asTyped >= FEW || text.length() > 200) {
      return Optional.empty();
    }
    var response =
        ElasticCalls.call(
            () ->
                client.search(
                    s ->
                        s.index(ArticleIndex.ALIAS)
                            .size(0)
                            .suggest(
                                sg ->
                                    sg.text(text)
                                        .suggesters(
                                            "spelling",
                                            f ->
                                                f.term(
                                                    t ->
                                                        t.field("body.exact")
                                                            .suggestMode(SuggestMode.Missing)
                                                            .minWordLength(3)
                                                            .size(1)))),
                    Void.class));
    List<TermSuggest> terms =
        response.suggest().getOrDefault("spelling", List.of()).stream()
            .map(s -> s.term())
            .filter(t -> !t.options().isEmpty())
            .sorted(Comparator.comparingInt(TermSuggest::offset).reversed())
            .toList();
    if (terms.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder corrected = new StringBuilder(text);
    for (TermSuggest term : terms) {
      String typed = text.substring(term.offset(), term.offset() + term.length());
      corrected.replace(
          term.offset(),
          term.offset() + term.length(),
          likeTyped(term.options().get(0).text(), typed));
    }
    String candidate = corrected.toString();
    Optional<Query> allWords = ParsedText.of(candidate).asTyped();
    if (candidate.equals(text) || allWords.isEmpty()) {
      return Optional.empty();
    }
    long found =
        ElasticCalls.call(
            () ->
                client
                    .count(
                        c ->
                            c.index(ArticleIndex.ALIAS)
                                .query(q -> q.bool(b -> b.must(allWords.get()).filter(filters))))
                    .count());
    return found > asTyped * 2 ? Optional.of(candidate) : Optional.empty();
  }
}
