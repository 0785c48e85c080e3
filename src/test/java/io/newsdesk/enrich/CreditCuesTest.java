package io.newsdesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CreditCuesTest {

  private final CreditCues cues = new CreditCues(Gazetteer.defaults());

  private static String covered(String line, List<Span> spans) {
    StringBuilder sb = new StringBuilder();
    for (Span s : spans) {
      sb.append('[').append(line, s.begin(), s.end()).append(']');
    }
    return sb.toString();
  }

  @Test
  void aPhotographLabelStartsACreditToTheEndOfTheLine() {
    String line =
        "The two leaders in Washington on Monday. Photograph: Jane Roe/AFP via Getty Images";
    assertThat(covered(line, cues.find(line, false)))
        .isEqualTo("[Photograph: Jane Roe/AFP via Getty Images]");
  }

  @Test
  void aCopyrightSignStartsACredit() {
    assertThat(covered("© AFP 2025", cues.find("© AFP 2025", false))).isEqualTo("[© AFP 2025]");
    String line = "Leaders meet in Paris. © John Smith / Reuters";
    assertThat(covered(line, cues.find(line, true))).isEqualTo("[© John Smith / Reuters]");
  }

  @Test
  void copyrightAsAnOrdinaryWordIsNotACredit() {
    String line = "The court ruled on copyright law and the Copyright office said nothing.";
    assertThat(cues.find(line, false)).isEmpty();
  }

  @Test
  void aBylineOfNamesIsACreditButASentenceStartingWithByIsNot() {
    assertThat(cues.find("By Jane Roe", false)).containsExactly(new Span(0, 11));
    assertThat(cues.find("By Jane Roe and John Doe in Kyiv", false)).hasSize(1);
    assertThat(cues.find("By Monday, troops had left the city.", false)).isEmpty();
  }

  @Test
  void aNameJoinedToAnAgencyByASlashIsACredit() {
    String line = "Protesters outside parliament. John Smith/Reuters";
    assertThat(covered(line, cues.find(line, false))).isEqualTo("[John Smith/Reuters]");
    String ap = "The president waves. AP Photo/Evan Vucci";
    assertThat(covered(ap, cues.find(ap, false))).isEqualTo("[AP Photo/Evan Vucci]");
  }

  @Test
  void aSlashAgencyInALongSentenceMarksOnlyTheNamesAroundIt() {
    String line =
        "A Reuters/Ipsos poll published on Tuesday showed support for the plan had fallen among"
            + " voters of both parties.";
    assertThat(covered(line, cues.find(line, false))).isEqualTo("[A Reuters/Ipsos]");
  }

  @Test
  void anAgencyInParenthesesIsACreditOnItsOwn() {
    String line = "KYIV (AFP) - Ukraine said on Monday that talks would resume.";
    assertThat(covered(line, cues.find(line, false))).isEqualTo("[(AFP)]");
  }

  @Test
  void aCaptionsShortCapitalisedTailIsACredit() {
    String caption = "The two presidents in the White House today. PA";
    assertThat(covered(caption, cues.find(caption, true))).isEqualTo("[PA]");
    assertThat(cues.find(caption, false)).isEmpty();
  }

  @Test
  void aCaptionEndingInASentenceHasNoTailCredit() {
    String caption = "The two presidents in the White House. They met for two hours.";
    assertThat(cues.find(caption, true)).isEmpty();
  }
}
