package io.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.TestArticles;
import io.newsdesk.article.Article;
import io.newsdesk.article.EntityNameChange;
import io.newsdesk.article.EntityType;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ElasticsearchTestResource.class)
class ArticleRenamerTest {

  @Inject ElasticsearchClient client;
  @Inject ArticleIndex index;

  @Test
  void aBatchOfRenamesChangesEachArticleOnlyForTheNamesItCarries() throws IOException {
    String ann = TestArticles.unique("Ann");
    String bob = TestArticles.unique("Bob");
    Article aboutAnn = TestArticles.about("Test Gazette", "Ann speaks", ann);
    Article aboutBob = TestArticles.about("Test Gazette", "Bob speaks", bob);
    TestArticles.indexAll(index, aboutAnn, aboutBob);

    new ArticleRenamer(client)
        .rename(
            List.of(
                new EntityNameChange(EntityType.PERSON, ann, ann + " Renamed"),
                new EntityNameChange(EntityType.PERSON, bob, bob + " Renamed")));

    ArticleDocument ann2 = stored(aboutAnn.id());
    ArticleDocument bob2 = stored(aboutBob.id());
    assertThat(ann2.persons()).containsExactly(ann + " Renamed");
    assertThat(ann2.entityNames()).contains(ann, ann + " Renamed").doesNotContain(bob + " Renamed");
    assertThat(bob2.persons()).containsExactly(bob + " Renamed");
    assertThat(bob2.entityNames()).doesNotContain(ann + " Renamed");
  }

  private ArticleDocument stored(String id) throws IOException {
    return client.get(g -> g.index(ArticleIndex.ALIAS).id(id), ArticleDocument.class).source();
  }
}
