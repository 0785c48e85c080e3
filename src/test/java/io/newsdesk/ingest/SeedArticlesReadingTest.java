package io.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.SeedArticles;
import io.newsdesk.article.ArticleDraft;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The real scraped articles in ../shared/seeds, read as ingest reads any text. */
class SeedArticlesReadingTest {

  // Phrases of page chrome as the README of the seeds describes it, in any case.
  private static final Pattern CHROME =
      Pattern.compile(
          "(?i)advertisement|we need your help|readers like you|please contribute|leave a comment"
              + "|check out our|news in \\d+ seconds|copyright|©|photograph:|getty images"
              + "|\\bdate \\d{4}-\\d{2}-\\d{2}|last update");
  private static final List<String> UI_LABELS = List.of("Close", "Share", "Menu");

  private final ArticleReader reader = new ArticleReader(1024 * 1024);

  @Test
  void noChromeStringInAnyBody() {
    for (ArticleDraft draft : drafts()) {
      assertThat(draft.title()).doesNotContainPattern(CHROME);
      assertThat(draft.paragraphs())
          .as(draft.source())
          .allSatisfy(p -> assertThat(p).doesNotContainPattern(CHROME))
          .doesNotContainAnyElementsOf(UI_LABELS);
    }
  }

  @Test
  void everyParagraphKeptIsTheFilesOwnTextUntouched() {
    for (InputFile file : SeedArticles.all(false)) {
      String raw = SeedArticles.text(file).replace('\u00A0', ' ').replaceAll(" +", " ");
      ArticleDraft draft = reader.read(file).drafts().get(0);
      assertThat(draft.paragraphs())
          .as(file.name())
          .isNotEmpty()
          .allSatisfy(p -> assertThat(raw).contains(p));
    }
  }

  @Test
  void firstSeedGetsADerivedHeadlineThatIsNeitherCaptionNorDateMarker() {
    ArticleDraft draft = reader.read(SeedArticles.file("000", false)).drafts().get(0);

    assertThat(draft.title()).isNotBlank().doesNotContainPattern(CHROME);
    assertThat(draft.captions()).noneSatisfy(c -> assertThat(c).contains(draft.title()));
    assertThat(draft.paragraphs().get(0)).startsWith(draft.title().replace("…", ""));
    assertThat(draft.notices()).anySatisfy(n -> assertThat(n).matches("date \\d{4}-\\d{2}-\\d{2}"));
  }

  @Test
  void seedsWithAHeadlineLineKeepItAsTheTitle() {
    for (String seed : List.of("001", "002", "003")) {
      InputFile file = SeedArticles.file(seed, false);
      String firstLine = SeedArticles.text(file).lines().findFirst().orElseThrow().strip();

      ArticleDraft draft = reader.read(file).drafts().get(0);

      assertThat(draft.title()).as(seed).isEqualTo(firstLine);
      assertThat(draft.paragraphs()).as(seed).doesNotContain(firstLine);
    }
  }

  @Test
  void headlineAfterChromeAndCaptionIsFoundAndTheStandfirstStaysInTheBody() {
    InputFile file = SeedArticles.file("004", false);
    List<String> lines = SeedArticles.text(file).lines().map(String::strip).toList();

    ArticleDraft draft = reader.read(file).drafts().get(0);

    int headline = lines.indexOf(draft.title());
    assertThat(headline).isGreaterThan(lines.indexOf(draft.captions().get(0)));
    assertThat(draft.paragraphs()).doesNotContainAnyElementsOf(lines.subList(0, headline));
    String standfirst =
        lines.subList(headline + 1, lines.size()).stream()
            .filter(line -> !line.isEmpty())
            .findFirst()
            .orElseThrow();
    assertThat(draft.paragraphs().get(0)).isEqualTo(standfirst);
  }

  @Test
  void photoCaptionsAreSetApartFromTheBody() {
    for (String seed : List.of("000", "003", "004")) {
      ArticleDraft draft = reader.read(SeedArticles.file(seed, false)).drafts().get(0);

      assertThat(draft.captions()).as(seed).hasSize(1);
      assertThat(draft.body()).doesNotContain(draft.captions().get(0));
    }
  }

  @Test
  void copyrightAndBylineLinesBecomeNotices() {
    assertThat(reader.read(SeedArticles.file("000", false)).drafts().get(0).notices())
        .anySatisfy(n -> assertThat(n).startsWith("Copyright"));
    assertThat(reader.read(SeedArticles.file("002", false)).drafts().get(0).notices())
        .anySatisfy(n -> assertThat(n).startsWith("By "));
    assertThat(reader.read(SeedArticles.file("004", false)).drafts().get(0).notices())
        .anySatisfy(n -> assertThat(n).startsWith("©"));
  }

  private List<ArticleDraft> drafts() {
    return SeedArticles.all(true).stream()
        .map(reader::read)
        .peek(outcome -> assertThat(outcome.rejections()).isEmpty())
        .flatMap(outcome -> outcome.drafts().stream())
        .toList();
  }
}
