package io.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChromeFilterTest {

  private static final String STORY_1 = "The council approved the new budget on Tuesday.";
  private static final String STORY_2 = "Opposition members said the cuts went too far.";

  @Test
  void donationAppealBeforeTheStoryIsNotBody() {
    ChromeFilter.Sorted sorted =
        sort(
            "Your support matters",
            "Readers like you keep this newsroom going.",
            "We rely on advertising revenue, but it no longer covers the cost of our reporting.",
            "If you value what we do, please donate today.",
            STORY_1,
            STORY_2);

    assertThat(sorted.text()).containsExactly(STORY_1, STORY_2);
  }

  @Test
  void appealSentencesOfDifferentKindsAreRecognised() {
    assertThat(
            sort(
                    "Become a supporter from just £2 a month.",
                    "Support independent journalism: make it possible for everyone.",
                    "You can make a one-off contribution in a few clicks.",
                    STORY_1)
                .text())
        .containsExactly(STORY_1);
  }

  @Test
  void quotedPleaForHelpStaysInTheBody() {
    String quote = "“We need your help now,” the mayor told volunteers at the flooded school.";

    assertThat(sort(quote, STORY_1).text()).containsExactly(quote, STORY_1);
  }

  @Test
  void storyAboutAdvertisingRevenueOrMembershipStays() {
    String business = "Advertising revenue at the broadcaster fell by a tenth last year.";
    String politics = "The country hopes to become a member of the trade bloc by 2030.";
    String aid = "Japan will make a contribution of $1bn to the reconstruction fund.";

    assertThat(sort(business, politics, aid).text()).containsExactly(business, politics, aid);
  }

  @Test
  void advertisementAndInterfaceLabelsAreDropped() {
    assertThat(sort("Advertisement", STORY_1, "ADVERTISEMENT", "Close", "Menu", STORY_2).text())
        .containsExactly(STORY_1, STORY_2);
  }

  @Test
  void commentShareAndSubscribePromptsAreDropped() {
    assertThat(
            sort(
                    STORY_1,
                    "Share this article",
                    "Facebook Twitter WhatsApp Email",
                    "Sign up to our morning newsletter for the day's top stories",
                    "Join the conversation",
                    "12 comments",
                    STORY_2,
                    "Leave A Comment")
                .text())
        .containsExactly(STORY_1, STORY_2);
  }

  @Test
  void promotionOfOtherPagesIsDropped() {
    assertThat(
            sort(
                    STORY_1,
                    STORY_2,
                    "Want to know more about the budget? Check out our explainer for the key facts.",
                    "Read more: How the council spends your money")
                .text())
        .containsExactly(STORY_1, STORY_2);
  }

  @Test
  void widgetLabelsTrailingTheStoryAreDropped() {
    assertThat(sort(STORY_1, STORY_2, "Close", "CityTV", "News in 90 seconds").text())
        .containsExactly(STORY_1, STORY_2);
  }

  @Test
  void relatedStoryListIsDroppedUpToTheNextParagraphOfText() {
    assertThat(
            sort(
                    STORY_1,
                    "Related",
                    "Mayor defends spending plans",
                    "Libraries face closure under cuts",
                    STORY_2)
                .text())
        .containsExactly(STORY_1, STORY_2);
  }

  @Test
  void sectionHeadingInsideTheStoryStays() {
    assertThat(sort(STORY_1, "What happens next", STORY_2).text())
        .containsExactly(STORY_1, "What happens next", STORY_2);
  }

  @Test
  void copyrightGluedToTheLastParagraphIsCutOffIntoNotices() {
    ChromeFilter.Sorted sorted =
        sort(STORY_1, "The vote passed by two votes. – Copyright Example News Limited 2024");

    assertThat(sorted.text()).containsExactly(STORY_1, "The vote passed by two votes.");
    assertThat(sorted.notices()).containsExactly("Copyright Example News Limited 2024");
  }

  @Test
  void copyrightLineOfAnAgencyIsANotice() {
    ChromeFilter.Sorted sorted = sort(STORY_1, "\u00A0©\u00A0 Reuters\u00A0 2024");

    assertThat(sorted.text()).containsExactly(STORY_1);
    assertThat(sorted.notices()).containsExactly("© Reuters 2024");
  }

  @Test
  void captionEndingInAPhotographCreditGoesToCaptions() {
    String caption = "Protesters outside parliament on Monday. Photograph: Ann Smith/Reuters";

    ChromeFilter.Sorted sorted = sort(caption, STORY_1);

    assertThat(sorted.captions()).containsExactly(caption);
    assertThat(sorted.text()).containsExactly(STORY_1);
  }

  @Test
  void captionEndingInACopyrightSignCreditGoesToCaptions() {
    String caption =
        "The minister arrives in Rome on March 3, 2024. © Luca Bianchi / AFP via Getty Images";

    assertThat(sort(STORY_1, caption).captions()).containsExactly(caption);
  }

  @Test
  void captionEndingInAnAgencyNameGoesToCaptions() {
    String pa = "The prime minister and the president at the summit today. PA";
    String slash = "Rescue teams search the rubble. John Doe/AP";

    ChromeFilter.Sorted sorted = sort(pa, STORY_1, slash);

    assertThat(sorted.captions()).containsExactly(pa, slash);
    assertThat(sorted.text()).containsExactly(STORY_1);
  }

  @Test
  void sentenceThatNamesAnAgencyIsNotACaption() {
    String reported = "The figures were first reported by AP.";
    String business = "The archive was sold last year to Getty Images.";

    assertThat(sort(reported, business).text()).containsExactly(reported, business);
  }

  @Test
  void dateStampRunIntoACaptionIsSplitOffAndTheCaptionKept() {
    ChromeFilter.Sorted sorted =
        sort(
            "date 2024-05-06 Firefighters at the scene on Sunday. Photograph: Kim Ode/EPA",
            STORY_1);

    assertThat(sorted.notices()).containsExactly("date 2024-05-06");
    assertThat(sorted.captions())
        .containsExactly("Firefighters at the scene on Sunday. Photograph: Kim Ode/EPA");
    assertThat(sorted.text()).containsExactly(STORY_1);
  }

  @Test
  void dateAndUpdateStampsAreNotices() {
    ChromeFilter.Sorted sorted =
        sort("Published: 3 May 2024", "LAST UPDATE | 4 May", "Mon 6 May 2024 10.15 BST", STORY_1);

    assertThat(sorted.notices())
        .containsExactly(
            "Published: 3 May 2024", "LAST UPDATE | 4 May", "Mon 6 May 2024 10.15 BST");
  }

  @Test
  void bylineAndSignOffLinesAreNotices() {
    ChromeFilter.Sorted sorted =
        sort(
            "By Maria de la Cruz",
            STORY_1,
            STORY_2,
            "– AP",
            "Reporting by Tom Hale; Editing by Li Wei");

    assertThat(sorted.notices())
        .containsExactly("By Maria de la Cruz", "– AP", "Reporting by Tom Hale; Editing by Li Wei");
    assertThat(sorted.text()).containsExactly(STORY_1, STORY_2);
  }

  @Test
  void sentenceStartingWithByStaysText() {
    String sentence = "By Monday, the council had received 300 objections.";

    assertThat(sort(sentence).text()).containsExactly(sentence);
  }

  @Test
  void typographicQuotesAndDashesSurviveUntouched() {
    String quoted = "“It’s a ‘turning point’ – really,” she said … and left.";

    assertThat(sort(quoted, STORY_1).text()).containsExactly(quoted, STORY_1);
  }

  private static ChromeFilter.Sorted sort(String... paragraphs) {
    return ChromeFilter.sort(List.of(paragraphs));
  }
}
