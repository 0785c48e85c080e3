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
 * "Did you mean": when a search finds little, each word is replaced by its most frequent close
 * spelling in the corpus, and the correction is offered only if it finds clearly more.
 */
final class DidYouMean {

  /** Below this many hits a correction is looked for. */
  static final long FEW = 3;

  private final ElasticsearchClient client;

  DidYouMean(ElasticsearchClient client) {
    this.client = client;
  }

  Optional<String> suggest(String text, long total, List<Query> filters) {
    if (text.isBlank() || total >= FEW || text.length() > 200) {
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
                                                            .suggestMode(SuggestMode.Popular)
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
      corrected.replace(term.offset(), term.offset() + term.length(), term.options().get(0).text());
    }
    String candidate = corrected.toString();
    long found =
        ElasticCalls.call(
            () ->
                client
                    .count(
                        c ->
                            c.index(ArticleIndex.ALIAS)
                                .query(
                                    q ->
                                        q.bool(
                                            b ->
                                                b.must(ParsedText.of(candidate).query())
                                                    .filter(filters))))
                    .count());
    return found > Math.max(total * 2, 0) ? Optional.of(candidate) : Optional.empty();
  }
}
