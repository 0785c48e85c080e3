package io.newsdesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.article.ArticleDraft;
import io.newsdesk.article.SourceMetadata;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

  private static final String TEXT = "The council approved the budget on Tuesday.";
  private static final String SIGNED = "The mayor left the talks early, Daily Planet reports.";

  private final MetadataExtractor extractor = new MetadataExtractor();

  @Test
  void dateMarkerGivesThePublishedDate() {
    assertThat(
            extract(draft("Budget passes", List.of(TEXT), List.of(), List.of("date 2024-05-06")))
                .published())
        .hasValue(LocalDate.of(2024, 5, 6));
  }

  @Test
  void stampWithoutAYearTakesItFromTheCopyrightLine() {
    ResolvedMetadata found =
        extract(
            draft(
                "Budget passes",
                List.of(TEXT),
                List.of(),
                List.of("LAST UPDATE | 4 Mar", "© Example 2023")));

    assertThat(found.published()).hasValue(LocalDate.of(2023, 3, 4));
  }

  @Test
  void stampWithoutAYearTakesItFromAFullDateOfTheSameDayInTheText() {
    ResolvedMetadata found =
        extract(
            draft(
                "Budget passes",
                List.of("The vote on March 3, 2022 was close.", "It was held on 4 March 2021."),
                List.of(),
                List.of("Updated: 4 Mar")));

    assertThat(found.published()).hasValue(LocalDate.of(2021, 3, 4));
  }

  @Test
  void stampWithoutAYearAndNothingToTellItStaysUnknown() {
    assertThat(
            extract(draft("Budget passes", List.of(TEXT), List.of(), List.of("Updated: 4 Mar")))
                .published())
        .isEmpty();
  }

  @Test
  void publishedStampIsPreferredToAnUpdateStamp() {
    ResolvedMetadata found =
        extract(
            draft(
                "Budget passes",
                List.of(TEXT),
                List.of(),
                List.of("Updated: 9 May 2024", "Published: 8 May 2024")));

    assertThat(found.published()).hasValue(LocalDate.of(2024, 5, 8));
  }

  @Test
  void datelineOpeningTheStoryGivesTheDate() {
    ResolvedMetadata found =
        extract(draft("Summit ends", List.of("BRUSSELS, Oct. 17, 2024 (Reuters) - Leaders met.")));

    assertThat(found.published()).hasValue(LocalDate.of(2024, 10, 17));
  }

  @Test
  void fullDateInAPhotoCaptionGivesTheDate() {
    ResolvedMetadata found =
        extract(
            draft(
                "Summit ends",
                List.of(TEXT),
                List.of(
                    "Leaders at the summit on October 17, 2024 in Brussels. © A. Lee / Getty Images"),
                List.of()));

    assertThat(found.published()).hasValue(LocalDate.of(2024, 10, 17));
  }

  @Test
  void dateDeepInTheStoryIsHistoryNotThePublicationDate() {
    ResolvedMetadata found =
        extract(draft("Anniversary", List.of(TEXT, "The war began on February 24, 2022.")));

    assertThat(found.published()).isEmpty();
  }

  @Test
  void withoutAnyDateMarkThePublishedDateIsUnknownNeverToday() {
    assertThat(extract(draft("Budget passes", List.of(TEXT))).published()).isEmpty();
  }

  @Test
  void bylineAtTheEndGivesTheWriter() {
    assertThat(extract(draft("Budget passes", List.of(TEXT, "By Jane Doe"))).byline())
        .hasValue("Jane Doe");
  }

  @Test
  void bylineAtTheStartWithPlaceGivesTheWritersOnly() {
    assertThat(
            extract(draft("Budget passes", List.of("By Jane Doe and Ali Khan in Paris", TEXT)))
                .byline())
        .hasValue("Jane Doe and Ali Khan");
  }

  @Test
  void reportingCreditGivesTheReporter() {
    ResolvedMetadata found =
        extract(
            draft(
                "Budget passes",
                List.of(TEXT),
                List.of(),
                List.of("Reporting by Tom Hale; Editing by Li Wei")));

    assertThat(found.byline()).hasValue("Tom Hale");
  }

  @Test
  void agencyAsAuthorIsACreditNotAByline() {
    ResolvedMetadata found =
        extract(draft("Budget passes", List.of(TEXT), List.of(), List.of("By AFP")));

    assertThat(found.byline()).isEmpty();
    assertThat(found.credit()).hasValue("AFP");
  }

  @Test
  void bylineWithAnAgencyGivesBothWriterAndCredit() {
    ResolvedMetadata found =
        extract(draft("Budget passes", List.of(TEXT), List.of(), List.of("By Jane Doe, Reuters")));

    assertThat(found.byline()).hasValue("Jane Doe");
    assertThat(found.credit()).hasValue("Reuters");
  }

  @Test
  void agencyCopyrightLineGivesTheCredit() {
    assertThat(
            extract(draft("Budget passes", List.of(TEXT), List.of(), List.of("© AFP 2024")))
                .credit())
        .hasValue("AFP");
  }

  @Test
  void agencyInTheDatelineGivesTheCredit() {
    assertThat(
            extract(draft("Summit ends", List.of("BRUSSELS (AP) — Leaders met on Thursday.")))
                .credit())
        .hasValue("AP");
  }

  @Test
  void agencySignOffLineGivesTheCredit() {
    assertThat(extract(draft("Budget passes", List.of(TEXT), List.of(), List.of("– dpa"))).credit())
        .hasValue("dpa");
  }

  @Test
  void agencyInAPhotoCreditIsNotTheStorysCredit() {
    ResolvedMetadata found =
        extract(
            draft(
                "Budget passes",
                List.of(TEXT),
                List.of(
                    "Councillors vote. Photograph: Kim Ode/AFP via Getty Images", "The hall. PA"),
                List.of()));

    assertThat(found.credit()).isEmpty();
  }

  @Test
  void copyrightLineNamingAPublisherGivesTheOutlet() {
    ResolvedMetadata found =
        extract(
            draft(
                "Budget passes",
                List.of(TEXT),
                List.of(),
                List.of("Copyright Harbour Gazette Limited 2024")));

    assertThat(found.outlet()).hasValue("Harbour Gazette");
  }

  @Test
  void agencyCopyrightIsNoOutlet() {
    assertThat(
            extract(draft("Budget passes", List.of(TEXT), List.of(), List.of("© Reuters 2024")))
                .outlet())
        .isEmpty();
  }

  @Test
  void outletSigningItsOwnStoryIsThePublisher() {
    assertThat(extract(draft("Budget passes", List.of(SIGNED))).outlet()).hasValue("Daily Planet");
    assertThat(
            extract(
                    draft(
                        "Budget passes", List.of("It passed, Coast.News reports via local media.")))
                .outlet())
        .hasValue("Coast.News");
  }

  @Test
  void citedOutletInHeadlineIsNotThePublisher() {
    assertThat(
            extract(draft("Budget talks were a failure – Daily Planet", List.of(SIGNED))).outlet())
        .isEmpty();
  }

  @Test
  void outletThatReportedSomethingIsCitedNotThePublisher() {
    ResolvedMetadata found =
        extract(draft("Budget talks fail", List.of("Daily Planet reported on Wednesday.", SIGNED)));

    assertThat(found.outlet()).isEmpty();
  }

  @Test
  void outletTheStoryQuotesAccordingToIsCitedNotThePublisher() {
    ResolvedMetadata found =
        extract(
            draft(
                "Budget talks fail",
                List.of("According to Daily Planet, the mayor walked out.", SIGNED)));

    assertThat(found.outlet()).isEmpty();
  }

  @Test
  void sourceMetadataAlwaysWinsOverTheText() {
    SourceMetadata manifest =
        new SourceMetadata(
            Optional.of("Harbour Gazette"),
            Optional.empty(),
            Optional.of(LocalDate.of(2024, 1, 2)),
            Optional.empty(),
            Optional.empty(),
            Optional.of("Sam Patel"));
    ArticleDraft draft =
        new ArticleDraft(
            "f.txt",
            "Budget passes",
            List.of(TEXT),
            List.of(),
            List.of("date 2023-12-31", "By Jane Doe", "Copyright Other Paper Ltd 2023"),
            manifest);

    ResolvedMetadata found = extractor.extract(draft);

    assertThat(found.outlet()).hasValue("Harbour Gazette");
    assertThat(found.published()).hasValue(LocalDate.of(2024, 1, 2));
    assertThat(found.byline()).hasValue("Sam Patel");
  }

  @Test
  void unknownStaysUnknown() {
    assertThat(extract(draft("Budget passes", List.of(TEXT))))
        .isEqualTo(
            new ResolvedMetadata(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
  }

  private ResolvedMetadata extract(ArticleDraft draft) {
    return extractor.extract(draft);
  }

  private static ArticleDraft draft(String title, List<String> paragraphs) {
    return new ArticleDraft("f.txt", title, paragraphs, List.of(), SourceMetadata.none());
  }

  private static ArticleDraft draft(
      String title, List<String> paragraphs, List<String> captions, List<String> notices) {
    return new ArticleDraft("f.txt", title, paragraphs, captions, notices, SourceMetadata.none());
  }
}
