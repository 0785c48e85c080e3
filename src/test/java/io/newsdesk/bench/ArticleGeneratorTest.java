package io.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.article.ArticleDraft;
import io.newsdesk.ingest.ArticleReader;
import io.newsdesk.ingest.InputFile;
import io.newsdesk.ingest.ReadOutcome;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {

  private final ArticleGenerator generator = new ArticleGenerator(42);
  private final List<GeneratedArticle> articles =
      IntStream.range(0, 300).mapToObj(generator::article).toList();

  @Test
  void theSameSeedAndNumberGiveTheSameArticle() {
    assertThat(new ArticleGenerator(42).article(17)).isEqualTo(articles.get(17));
    assertThat(new ArticleGenerator(43).article(17)).isNotEqualTo(articles.get(17));
  }

  @Test
  void bodiesHave300To700WordsAndNoChrome() {
    for (GeneratedArticle article : articles) {
      assertThat(article.body().split("\\s+").length).isBetween(300, 700);
      assertThat(article.body()).doesNotContain("Advertisement", "Share this article");
    }
    assertThat(articles).anyMatch(a -> a.rawBody().contains("\n\nAdvertisement\n\n"));
  }

  @Test
  void everyEntityIsWrittenInTheTextUnderTheSpellingsItLists() {
    for (GeneratedArticle article : articles) {
      String text = article.title() + "\n" + article.body();
      for (var entity : article.persons()) {
        assertThat(entity.spellings().subList(1, entity.spellings().size()))
            .allMatch(text::contains);
      }
    }
  }

  @Test
  void somePeopleAreSpelledDifferentlyInDifferentArticles() {
    assertThat(articles)
        .flatMap(GeneratedArticle::persons)
        .anyMatch(
            p -> p.spellings().stream().anyMatch(s -> s.contains(" ") && !s.equals(p.name())));
  }

  @Test
  void quotesAreTypographic() {
    assertThat(articles).anyMatch(a -> a.body().contains("“") && a.body().contains("’"));
    assertThat(articles).noneMatch(a -> a.body().contains("\""));
  }

  @Test
  void theReaderTurnsTheRawJsonLinesIntoTheCleanArticles() {
    List<GeneratedArticle> some = articles.subList(0, 40);
    String lines =
        some.stream().map(GeneratedArticle::jsonLine).collect(Collectors.joining("\n", "", "\n"));
    ReadOutcome outcome =
        new ArticleReader(5_000_000)
            .read(
                new InputFile(
                    "some.jsonl", lines.getBytes(StandardCharsets.UTF_8), Optional.empty()));

    assertThat(outcome.rejections()).isEmpty();
    assertThat(outcome.drafts())
        .extracting(ArticleDraft::title)
        .containsExactlyElementsOf(some.stream().map(GeneratedArticle::title).toList());
    assertThat(outcome.drafts())
        .extracting(ArticleDraft::body)
        .containsExactlyElementsOf(some.stream().map(GeneratedArticle::body).toList());
  }

  @Test
  void outletsComeFromAPoolOfAboutThirty() {
    assertThat(articles.stream().map(GeneratedArticle::outlet).distinct().count())
        .isBetween(15L, 30L);
  }
}
