package io.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.enrich.SentenceEmbedder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ElasticsearchTestResource.class)
class IndexSchemaTest {

  @Inject IndexSchema schema;
  @Inject ElasticsearchClient client;
  @Inject SentenceEmbedder embedder;

  @Test
  void articlesAliasPointsAtTheVersionTheMappingFileNames() throws IOException {
    IndexMapping mapping = IndexMapping.load("articles");

    var aliases = client.indices().getAlias(a -> a.name("articles")).result();

    assertThat(mapping.indexName()).isEqualTo("articles-v3");
    assertThat(aliases).containsOnlyKeys("articles-v3");
  }

  @Test
  void aNewerMappingIsFilledFromTheOldIndexAndTheAliasSwapped() throws IOException {
    String alias = "schema-test-" + System.nanoTime();
    String v1 =
        "{\"mappings\":{\"_meta\":{\"schema_version\":1},\"properties\":{\"t\":{\"type\":\"keyword\"}}}}";
    String v2 =
        "{\"mappings\":{\"_meta\":{\"schema_version\":2},\"properties\":{\"t\":{\"type\":\"text\"}}}}";
    schema.apply(new IndexMapping(alias, 1, v1));
    client.index(i -> i.index(alias).id("a").document(Map.of("t", "Quay strike ends")));
    client.index(i -> i.index(alias).id("b").document(Map.of("t", "Ferry back in service")));
    client.indices().refresh(r -> r.index(alias));

    schema.apply(new IndexMapping(alias, 2, v2));

    assertThat(client.indices().getAlias(a -> a.name(alias)).result())
        .containsOnlyKeys(alias + "-v2");
    long matches =
        client
            .count(c -> c.index(alias).query(q -> q.match(m -> m.field("t").query("strike"))))
            .count();
    assertThat(matches).as("the text mapping of v2 applies to copied documents").isEqualTo(1);
    assertThat(client.count(c -> c.index(alias)).count()).isEqualTo(2);
  }

  @Test
  void articlesCopiedIntoAMappingWithAnEmbeddingGetOne() throws IOException {
    String alias = "schema-embed-" + System.nanoTime();
    String text = "\"title\":{\"type\":\"text\"},\"body\":{\"type\":\"text\"}";
    String v1 = "{\"mappings\":{\"_meta\":{\"schema_version\":1},\"properties\":{" + text + "}}}";
    String v2 =
        "{\"mappings\":{\"_meta\":{\"schema_version\":2},\"properties\":{"
            + text
            + ",\"embedding\":{\"type\":\"dense_vector\",\"dims\":384,\"similarity\":\"cosine\"}}}}";
    schema.apply(new IndexMapping(alias, 1, v1));
    indexNow(alias, Map.of("title", "Quay strike ends", "body", "Dockers went back to work."));

    schema.apply(new IndexMapping(alias, 2, v2));

    var copied = client.get(g -> g.index(alias).id("a"), Map.class).source();
    assertThat(copied.get("title")).isEqualTo("Quay strike ends");
    assertThat((List<?>) copied.get("embedding")).hasSize(384);
    long near =
        client
            .search(
                s ->
                    s.index(alias)
                        .knn(
                            k ->
                                k.field("embedding")
                                    .queryVector(vector("dock workers stop work"))
                                    .similarity(0.4f)
                                    .k(1)
                                    .numCandidates(10)),
                Void.class)
            .hits()
            .total()
            .value();
    assertThat(near).as("the copied article is found by meaning").isEqualTo(1);
  }

  private void indexNow(String alias, Map<String, String> document) throws IOException {
    client.index(
        i ->
            i.index(alias)
                .id("a")
                .refresh(co.elastic.clients.elasticsearch._types.Refresh.True)
                .document(document));
  }

  private List<Float> vector(String text) {
    List<Float> values = new ArrayList<>();
    for (float value : embedder.query(text).orElseThrow()) {
      values.add(value);
    }
    return values;
  }

  @Test
  void applyingTheSameVersionAgainChangesNothing() throws IOException {
    String alias = "schema-same-" + System.nanoTime();
    String v1 =
        "{\"mappings\":{\"_meta\":{\"schema_version\":1},\"properties\":{\"t\":{\"type\":\"keyword\"}}}}";
    schema.apply(new IndexMapping(alias, 1, v1));
    indexNow(alias, Map.of("t", "x"));

    schema.apply(new IndexMapping(alias, 1, v1));

    assertThat(client.indices().getAlias(a -> a.name(alias)).result())
        .containsOnlyKeys(alias + "-v1");
    assertThat(client.count(c -> c.index(alias)).count()).isEqualTo(1);
  }
}
