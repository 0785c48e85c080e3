package io.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainParagraphsTest {

  @Test
  void eachLineIsAParagraphWhenLinesAreNotWrapped() {
    assertThat(PlainParagraphs.split("Headline\nFirst paragraph.\n\n\nSecond paragraph.\n"))
        .containsExactly("Headline", "First paragraph.", "Second paragraph.");
  }

  @Test
  void textWrappedAtAFixedWidthIsJoinedBackIntoParagraphs() {
    String wrapped =
        "The regional water authority announced on Thursday that it\n"
            + "would spend four hundred million on new reservoirs over the\n"
            + "coming decade.\n"
            + "\n"
            + "Critics said the plan came twenty years too late and would\n"
            + "not be enough.\n";

    assertThat(PlainParagraphs.split(wrapped))
        .containsExactly(
            "The regional water authority announced on Thursday that it would spend four hundred"
                + " million on new reservoirs over the coming decade.",
            "Critics said the plan came twenty years too late and would not be enough.");
  }

  @Test
  void runsOfSpacesAndNoBreakSpacesBecomeOneSpace() {
    assertThat(PlainParagraphs.split("He said\u00A0 it was  fine.\r\n"))
        .containsExactly("He said it was fine.");
  }
}
