package io.newsdesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.SeedArticles;
import io.newsdesk.article.ArticleDraft;
import io.newsdesk.ingest.ArticleReader;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Metadata of the real scraped articles in ../shared/seeds, with and without their manifest. */
class MetadataFromSeedsTest {

  private final ArticleReader reader = new ArticleReader(1024 * 1024);
  private final MetadataExtractor extractor = new MetadataExtractor();

  @Test
  void updateMarkerWithoutYearGivesTheDateWithTheYearFromContext() {
    assertThat(textOnly("004").published()).hasValue(LocalDate.of(2025, 2, 24));
  }

  @Test
  void dateMarkerGivesTheDate() {
    assertThat(textOnly("000").published()).hasValue(LocalDate.of(2025, 2, 25));
  }

  @Test
  void citedOutletIsNotThePublisher() {
    assertThat(textOnly("003").outlet()).isNotEqualTo(Optional.of("Politico")).isEmpty();
    assertThat(withManifest("003").outlet()).hasValue("RT");
  }

  @Test
  void bylineAtTheEndIsFound() {
    assertThat(withManifest("002").byline()).hasValue("Vafa Guliyeva");
  }

  @Test
  void agencyCopyIsCreditedToTheAgency() {
    assertThat(withManifest("004").credit()).hasValue("AFP");
  }

  @Test
  void photoAgenciesGiveNoStoryCredit() {
    assertThat(withManifest("000").credit()).isEmpty();
    assertThat(withManifest("003").credit()).isEmpty();
  }

  @Test
  void copyrightLineNamesThePublisherButTheManifestWins() {
    assertThat(textOnly("000").outlet())
        .hasValueSatisfying(o -> assertThat(o).contains("Financial Times"));
    assertThat(withManifest("000").outlet()).hasValue("Financial Times");
  }

  @Test
  void storyWithoutDateMarksHasNoDate() {
    assertThat(withManifest("001").published()).isEmpty();
    assertThat(withManifest("002").published()).isEmpty();
  }

  private ResolvedMetadata textOnly(String seed) {
    return extract(seed, false);
  }

  private ResolvedMetadata withManifest(String seed) {
    return extract(seed, true);
  }

  private ResolvedMetadata extract(String seed, boolean withManifest) {
    ArticleDraft draft = reader.read(SeedArticles.file(seed, withManifest)).drafts().get(0);
    return extractor.extract(draft);
  }
}
