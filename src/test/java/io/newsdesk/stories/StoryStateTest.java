package io.newsdesk.stories;

import static io.newsdesk.stories.Members.link;
import static io.newsdesk.stories.Members.member;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.index.StoryDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryStateTest {

  final Instant now = Instant.parse("2025-03-20T10:00:00Z");

  @Test
  void theRecordSumsUpItsMembers() {
    StoryState story = StoryState.start("s1");
    story.add(
        member(
            "b",
            "Northgate Daily",
            "2025-03-18",
            null,
            List.of("Helena Vorstrand", "Bohdan Hrebeniuk")),
        List.of(),
        Map.of());
    story.add(
        member("a", "Meridian Wire", "2025-03-17", null, List.of("Bohdan Hrebeniuk")),
        List.of(),
        Map.of("b", 0.4));
    story.add(
        member("c", "Unknown outlet", null, null, List.of("Bohdan Hrebeniuk", "Helena Vorstrand")),
        List.of(),
        Map.of("a", 0.25));

    StoryDocument document = story.toDocument(now);

    assertThat(document.title()).isEqualTo("Headline a");
    assertThat(document.firstPublished()).isEqualTo(LocalDate.of(2025, 3, 17));
    assertThat(document.lastPublished()).isEqualTo(LocalDate.of(2025, 3, 18));
    assertThat(document.outlets())
        .containsExactly("Meridian Wire", "Northgate Daily", "Unknown outlet");
    assertThat(document.articleCount()).isEqualTo(3);
    assertThat(document.articleIds()).containsExactly("a", "b", "c");
    assertThat(document.persons()).containsExactly("Bohdan Hrebeniuk", "Helena Vorstrand");
    assertThat(document.updatedAt()).isEqualTo(now);
  }

  @Test
  void bothSidesKeepTheirBestSimilarityAsScore() {
    StoryState story = StoryState.start("s1");
    story.add(member("a", "A", "2025-03-17"), List.of(), Map.of());
    story.add(member("b", "B", "2025-03-17"), List.of(), Map.of("a", 0.5));

    var scores = story.toDocument(now).members().stream().map(StoryDocument.Member::score).toList();

    assertThat(scores).containsExactly(0.5, 0.5);
  }

  @Test
  void theHeadlineIsTheFirstReportNotACopyOfIt() {
    StoryState story = StoryState.start("s1");
    story.add(member("wire", "Meridian Wire", "2025-03-10"), List.of(), Map.of());
    story.add(
        member("copy", "Ledger", "2025-03-09"),
        List.of(link("copy", "wire", Relation.COPY, 0.8)),
        Map.of());

    assertThat(story.toDocument(now).title()).isEqualTo("Headline copy");

    StoryState undated = StoryState.start("s2");
    undated.add(
        member("wire", "Meridian Wire", "2025-03-10", "Meridian Wire", List.of()),
        List.of(),
        Map.of());
    undated.add(
        member("copy", "Ledger", "2025-03-10", "Meridian Wire", List.of()),
        List.of(link("copy", "wire", Relation.COPY, 0.8)),
        Map.of());
    assertThat(undated.toDocument(now).title()).isEqualTo("Headline wire");
  }

  @Test
  void aRemovedMemberTakesItsLinksAlong() {
    StoryDocument stored = StoryState.start("s1").toDocument(now);
    StoryState story = StoryState.of(stored);
    story.add(member("a", "A", "2025-03-01"), List.of(), Map.of());
    story.add(
        member("b", "B", "2025-03-02"), List.of(link("b", "a", Relation.COPY, 0.9)), Map.of());

    story.remove("b");

    StoryDocument document = story.toDocument(now);
    assertThat(document.articleIds()).containsExactly("a");
    assertThat(document.links()).isEmpty();
    story.remove("a");
    assertThat(story.isEmpty()).isTrue();
  }
}
