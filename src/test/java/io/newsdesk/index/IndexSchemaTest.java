package io.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsdesk.ElasticsearchTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ElasticsearchTestResource.class)
class IndexSchemaTest {

  @Inject IndexSchema schema;
  @Inject ElasticsearchClient client;

  @Test
  void articlesAliasPointsAtTheVersionTheMappingFileNames() throws IOException {
    IndexMapping mapping = IndexMapping.load("articles");

    var aliases = client.indices().getAlias(a -> a.name("articles")).result();

    assertThat(mapping.indexName()).isEqualTo("articles-v2");
    assertThat(aliases).containsOnlyKeys("articles-v2");
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
  void applyingTheSameVersionAgainChangesNothing() throws IOException {
    String alias = "schema-same-" + System.nanoTime();
    String v1 =
        "{\"mappings\":{\"_meta\":{\"schema_version\":1},\"properties\":{\"t\":{\"type\":\"keyword\"}}}}";
    schema.apply(new IndexMapping(alias, 1, v1));
    client.index(
        i ->
            i.index(alias)
                .id("a")
                .refresh(co.elastic.clients.elasticsearch._types.Refresh.True)
                .document(Map.of("t", "x")));

    schema.apply(new IndexMapping(alias, 1, v1));

    assertThat(client.indices().getAlias(a -> a.name(alias)).result())
        .containsOnlyKeys(alias + "-v1");
    assertThat(client.count(c -> c.index(alias)).count()).isEqualTo(1);
  }
}
