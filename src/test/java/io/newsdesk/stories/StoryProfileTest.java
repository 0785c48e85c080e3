package io.newsdesk.stories;

import static io.newsdesk.stories.Profiles.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryProfileTest {

  @Test
  void aPassageOneMemberCarriesWeighsLittleAgainstTheWholeStory() {
    ArticleProfile withWirePassage =
        profile(
            "q1",
            "2025-03-01",
            "quake toll village rescue rubble missile cafe wake",
            List.of(),
            null);
    StoryProfile quake = new StoryProfile();
    quake.add(withWirePassage);
    quake.add(profile("q2", "2025-03-01", "quake toll village rescue aftershock", List.of(), null));
    quake.add(profile("q3", "2025-03-02", "quake rescue rubble aftershock toll", List.of(), null));
    ArticleProfile strike =
        profile("s", "2025-03-01", "missile cafe wake funeral village", List.of(), null);

    double closestMember = strike.terms().cosine(withWirePassage.terms());
    assertThat(quake.words(strike)).isLessThan(closestMember * 0.75);
  }

  @Test
  void entitiesCountTheMembersAboutThem() {
    StoryProfile story = new StoryProfile();
    story.add(profile("a", "2025-03-01", "flood", List.of("Velmar"), null));
    story.add(profile("b", "2025-03-01", "flood", List.of("Velmar", "Orsk"), null));
    story.add(profile("c", "2025-03-01", "flood", List.of("Orsk"), null));

    ArticleProfile article = profile("d", "2025-03-02", "flood", List.of("Velmar", "Tarn"), null);
    assertThat(story.entities(article)).isCloseTo((2 / 3.0 + 0) / 2, within(1e-9));
  }

  @Test
  void daysAreCountedToTheNearestDatedMember() {
    StoryProfile story = new StoryProfile();
    story.add(profile("a", "2025-03-01", "flood", List.of(), null));
    story.add(profile("b", null, "flood", List.of(), null));
    story.add(profile("c", "2025-03-04", "flood", List.of(), null));

    assertThat(story.daysApart(profile("d", "2025-03-06", "flood", List.of(), null))).hasValue(2);
    assertThat(story.daysApart(profile("e", null, "flood", List.of(), null))).isEmpty();
  }

  @Test
  void yearsAreCountedToTheNearestMemberYearDatedOrNamed() {
    StoryProfile story = new StoryProfile();
    story.add(profile("a", "2013-05-14", "fight", List.of(), null));
    story.add(profile("b", null, "fight in 2012 and rematch", List.of(), null));
    story.add(profile("c", null, "fight", List.of(), null));

    assertThat(story.yearsApart(profile("d", null, "fight of 2008", List.of(), null))).hasValue(4);
    assertThat(story.yearsApart(profile("e", "2012-11-30", "fight", List.of(), null))).hasValue(0);
    assertThat(story.yearsApart(profile("f", null, "fight", List.of(), null))).isEmpty();
  }

  @Test
  void meaningIsComparedWithTheMembersTogether() {
    StoryProfile story = new StoryProfile();
    story.add(profile("a", null, "flood", List.of(), new float[] {1, 0, 0}));
    story.add(profile("b", null, "flood", List.of(), new float[] {0, 1, 0}));

    assertThat(story.meaning(profile("c", null, "flood", List.of(), new float[] {1, 1, 0})))
        .hasValueCloseTo(1.0, within(1e-6));
    assertThat(story.meaning(profile("d", null, "flood", List.of(), null))).isEmpty();
  }
}
