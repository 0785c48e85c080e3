package io.newsdesk.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import io.newsdesk.index.ArticleDocument;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.index.ElasticCalls;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Articles by id: one as stored (the API), one to read with the reader's query marked (the article
 * page), and a list of them (the starred articles).
 */
@ApplicationScoped
public class ArticleLookup {

  /** Elasticsearch's longest id: no article has a longer one. */
  private static final int MAX_ID_BYTES = 512;

  private final ElasticsearchClient client;

  ArticleLookup(ElasticsearchClient client) {
    this.client = client;
  }

  /** The article with this id; empty when there is none. */
  public Optional<ArticleContent> article(String id) {
    if (id.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
      return Optional.empty();
    }
    GetResponse<ArticleDocument> response =
        ElasticCalls.call(
            () ->
                client.get(
                    g -> g.index(ArticleIndex.ALIAS).id(id).sourceExcludes(ArticleIndex.EMBEDDING),
                    ArticleDocument.class));
    return response.found()
        ? Optional.ofNullable(response.source()).map(ArticleContent::of)
        : Optional.empty();
  }

  /** The article with this id, its matches of {@code text} marked; empty when there is none. */
  public Optional<MarkedArticle> reading(String id, String text) {
    ParsedText parsed = ParsedText.of(text);
    SearchResponse<ArticleDocument> response =
        ElasticCalls.call(
            () ->
                client.search(
                    s ->
                        s.index(ArticleIndex.ALIAS)
                            .query(q -> q.ids(i -> i.values(id)))
                            .source(src -> src.filter(f -> f.excludes(ArticleIndex.EMBEDDING)))
                            .highlight(
                                h ->
                                    h.encoder(HighlighterEncoder.Default)
                                        .preTags(Highlights.PRE)
                                        .postTags(Highlights.POST)
                                        .highlightQuery(parsed.query())
                                        .fields("title.exact", f -> f.numberOfFragments(0))
                                        .fields("title", f -> f.numberOfFragments(0))
                                        .fields("body.exact", f -> f.numberOfFragments(0))
                                        .fields("body", f -> f.numberOfFragments(0))),
                    ArticleDocument.class));
    return response.hits().hits().stream()
        .findFirst()
        .map(
            hit -> {
              ArticleDocument article = hit.source();
              List<String> title =
                  ArticleHits.firstPresent(hit.highlight(), "title.exact", "title");
              List<String> body = ArticleHits.firstPresent(hit.highlight(), "body.exact", "body");
              List<String> paragraphs =
                  body.isEmpty()
                      ? paragraphs(article.body()).map(Highlights::escape).toList()
                      : paragraphs(body.get(0)).map(Highlights::toHtml).toList();
              return new MarkedArticle(
                  ArticleContent.of(article),
                  title.isEmpty()
                      ? Highlights.escape(article.title())
                      : Highlights.toHtml(title.get(0)),
                  paragraphs);
            });
  }

  private static Stream<String> paragraphs(String body) {
    return Arrays.stream(body.split("\\n\\s*\\n")).filter(p -> !p.isBlank());
  }

  /** The articles with these ids, in the order given; ids no longer in the index are left out. */
  public List<SearchResults.SearchHit> byIds(List<String> ids) {
    return byIds(ids, Optional.empty());
  }

  /** As {@link #byIds(List)}, with the matches of {@code marked} marked in each. */
  List<SearchResults.SearchHit> byIds(List<String> ids, Optional<Query> marked) {
    if (ids.isEmpty()) {
      return List.of();
    }
    SearchResponse<ArticleHits.HitSource> response =
        ElasticCalls.call(
            () ->
                client.search(
                    s -> {
                      s.index(ArticleIndex.ALIAS)
                          .query(q -> q.ids(i -> i.values(ids)))
                          .size(ids.size())
                          .source(src -> src.filter(f -> f.includes(ArticleHits.HIT_FIELDS)));
                      marked.ifPresent(
                          query ->
                              s.highlight(h -> ArticleHits.highlight(h).highlightQuery(query)));
                      return s;
                    },
                    ArticleHits.HitSource.class));
    Map<String, SearchResults.SearchHit> found = new LinkedHashMap<>();
    response.hits().hits().forEach(hit -> found.put(hit.id(), ArticleHits.hit(hit)));
    return ids.stream().filter(found::containsKey).map(found::get).toList();
  }
}
