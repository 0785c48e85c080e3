package io.newsdesk.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.json.JsonData;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.index.ElasticCalls;
import io.newsdesk.index.EntityStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Typeahead: canonical people, organisations and places from the completion suggester of the {@code
 * entities} index (any alias spelling finds the canonical name), then outlets.
 */
@ApplicationScoped
public class EntitySuggestions {

  static final int SIZE = 8;

  private final ElasticsearchClient client;

  EntitySuggestions(ElasticsearchClient client) {
    this.client = client;
  }

  public List<Suggestion> suggest(String prefix) {
    String text = prefix == null ? "" : prefix.strip();
    if (text.length() < 2 || text.length() > 100) {
      return List.of();
    }
    Set<Suggestion> suggestions = new LinkedHashSet<>();
    var entities =
        ElasticCalls.call(
            () ->
                client.search(
                    s ->
                        s.index(EntityStore.ALIAS)
                            .source(src -> src.filter(f -> f.includes("type", "name")))
                            .suggest(
                                sg ->
                                    sg.suggesters(
                                        "entities",
                                        fs ->
                                            fs.prefix(text)
                                                .completion(
                                                    c ->
                                                        c.field("suggest")
                                                            .size(SIZE)
                                                            .skipDuplicates(true)))),
                    JsonData.class));
    for (var suggestion : entities.suggest().getOrDefault("entities", List.of())) {
      for (CompletionSuggestOption<JsonData> option : suggestion.completion().options()) {
        Map<?, ?> source = option.source().to(Map.class);
        suggestions.add(
            new Suggestion(
                String.valueOf(source.get("type")).toLowerCase(Locale.ROOT),
                String.valueOf(source.get("name"))));
      }
    }
    suggestions.addAll(outlets(text));
    return new ArrayList<>(suggestions).subList(0, Math.min(SIZE, suggestions.size()));
  }

  private List<Suggestion> outlets(String prefix) {
    var response =
        ElasticCalls.call(
            () ->
                client.search(
                    s ->
                        s.index(ArticleIndex.ALIAS)
                            .size(0)
                            .aggregations(
                                "outlets",
                                a ->
                                    a.terms(
                                        t ->
                                            t.field("outlet")
                                                .size(SIZE)
                                                .include(
                                                    i ->
                                                        i.regexp(
                                                            FacetPatterns.startingWith(prefix))))),
                    Void.class));
    return response.aggregations().get("outlets").sterms().buckets().array().stream()
        .map(b -> new Suggestion("outlet", b.key().stringValue()))
        .toList();
  }
}
