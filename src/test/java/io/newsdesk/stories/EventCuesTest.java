package io.newsdesk.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.article.ArticleEntities;
import io.newsdesk.article.EntityMention;
import io.newsdesk.article.EntityRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCuesTest {

  @Test
  void whatOnlyTheCameAfterClauseNamesIsAnEarlierEvents() {
    EventCues cues =
        EventCues.of(
            "Shell hits a school in Varnet",
            "A shell struck a school in the town of Varnet on Monday, mayor Ada Kilm said. Two"
                + " teachers were hurt. The attack came two days after a drone hit the market of"
                + " Osk, killing six.",
            new ArticleEntities(
                List.of(subject("Ada Kilm")),
                List.of(),
                List.of(subject("Varnet"), subject("Osk"))));

    assertThat(cues.opening()).containsExactlyInAnyOrder("l:Varnet", "p:Ada Kilm");
    assertThat(cues.recalled()).containsExactly("l:Osk");
  }

  @Test
  void anEntityTheReportAlsoNamesOutsideTheClauseIsItsOwn() {
    EventCues cues =
        EventCues.of(
            "Port reopens after the storm",
            "The port of Lessa reopened on Friday. The decision came after governor Ulla Brem"
                + " met the harbour master. Brem said ferries would run again.",
            new ArticleEntities(
                List.of(new EntityMention("Ulla Brem", 2, EntityRole.SUBJECT, List.of("Brem"))),
                List.of(),
                List.of(subject("Lessa"))));

    assertThat(cues.recalled()).isEmpty();
  }

  @Test
  void aFirstSentenceOpensOnlyUpToTheCue() {
    EventCues cues =
        EventCues.of(
            "Second climber dies",
            "Tom Arle's death came a day after Jon Sted fell from a ridge in the same park.",
            new ArticleEntities(
                List.of(subject("Tom Arle"), subject("Jon Sted")), List.of(), List.of()));

    assertThat(cues.opening()).containsExactly("p:Tom Arle");
    assertThat(cues.recalled()).containsExactly("p:Jon Sted");
  }

  @Test
  void daysAfterWithoutTheIdiomRecallsNothingAndCreditsNeverCount() {
    EventCues cues =
        EventCues.of(
            "Rescuers reach mountain villages",
            "Rescuers reached Amzel two days after the quake struck the province of Haz. The"
                + " appeal for blankets came after a photo by Rim Oda was shared.",
            new ArticleEntities(
                List.of(new EntityMention("Rim Oda", 1, EntityRole.CREDIT, List.of())),
                List.of(),
                List.of(subject("Amzel"), subject("Haz"))));

    assertThat(cues.recalled()).isEmpty();
  }

  private static EntityMention subject(String name) {
    return new EntityMention(name, 1, EntityRole.SUBJECT, List.of(name));
  }
}
