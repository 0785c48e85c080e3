package io.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.article.ArticleDraft;
import io.newsdesk.article.SourceMetadata;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeadlineTest {

  private static final String LONG_FIRST_SENTENCE =
      "The regional water authority announced on Thursday that it would spend four hundred"
          + " million on new reservoirs over the coming decade, according to its annual report.";

  @Test
  void firstLineThatLooksLikeAHeadlineIsTheTitle() {
    ArticleDraft draft = read("Water bills to rise\nThe authority said bills would rise.\n");

    assertThat(draft.title()).isEqualTo("Water bills to rise");
    assertThat(draft.paragraphs()).containsExactly("The authority said bills would rise.");
  }

  @Test
  void headlineWithAColonOrQuestionMarkIsStillAHeadline() {
    assertThat(read("Analysis: Is the reservoir plan enough?\nExperts are divided.\n").title())
        .isEqualTo("Analysis: Is the reservoir plan enough?");
  }

  @Test
  void standfirstAfterTheHeadlineStaysInTheBody() {
    ArticleDraft draft =
        read(
            "Reservoir plan approved\n"
                + "Four new reservoirs will be built by 2035, the authority says\n"
                + "The plan was approved at a board meeting on Thursday.\n");

    assertThat(draft.title()).isEqualTo("Reservoir plan approved");
    assertThat(draft.paragraphs())
        .first()
        .isEqualTo("Four new reservoirs will be built by 2035, the authority says");
  }

  @Test
  void missingHeadlineIsDerivedFromTheFirstSentenceCutOnAWordBoundary() {
    ArticleDraft draft = read(LONG_FIRST_SENTENCE + " Critics called it too little.\n\nMore text.");

    assertThat(draft.title())
        .startsWith("The regional water authority announced on Thursday")
        .endsWith("…")
        .hasSizeLessThanOrEqualTo(101);
    String withoutEllipsis = draft.title().substring(0, draft.title().length() - 1);
    assertThat(LONG_FIRST_SENTENCE).startsWith(withoutEllipsis);
    assertThat(LONG_FIRST_SENTENCE.charAt(withoutEllipsis.length())).isEqualTo(' ');
    assertThat(draft.paragraphs()).first().asString().startsWith(LONG_FIRST_SENTENCE);
  }

  @Test
  void shortFirstSentenceIsTheWholeDerivedHeadlineWithoutItsFullStop() {
    ArticleDraft draft = read("The dam held overnight. Engineers will inspect it today.\n");

    assertThat(draft.title()).isEqualTo("The dam held overnight");
  }

  @Test
  void captionStampOrChromeIsNeverTheHeadline() {
    ArticleDraft draft =
        read(
            "Advertisement\n\n"
                + "date 2024-06-01 Workers at the dam site. Photograph: Pat Kim/Getty Images\n\n"
                + LONG_FIRST_SENTENCE
                + "\n\nThe work begins next year.\n");

    assertThat(draft.title())
        .startsWith("The regional water authority")
        .doesNotContain("Advertisement", "2024-06-01", "Photograph", "Workers at the dam site");
  }

  @Test
  void titleFromTheManifestWinsAndIsNotRepeatedInTheBody() {
    SourceMetadata manifest =
        new SourceMetadata(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of("Water bills to rise"),
            Optional.empty());

    ArticleDraft draft =
        PlainTextReader.read(
                "f.txt", "Water bills to rise\nThe authority said bills would rise.\n", manifest)
            .orElseThrow();

    assertThat(draft.title()).isEqualTo("Water bills to rise");
    assertThat(draft.paragraphs()).containsExactly("The authority said bills would rise.");
  }

  private static ArticleDraft read(String text) {
    return PlainTextReader.read("f.txt", text, SourceMetadata.none()).orElseThrow();
  }
}
