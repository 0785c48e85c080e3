package io.newsdesk.stories;

import static io.newsdesk.stories.Profiles.profile;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorySplitTest {

  private static final String COLLAPSE = "crane collapse dockers union";

  private final StorySplit split = new StorySplit(new StoryRules(4, 0.3));

  @Test
  void undatedReportsOfTwoEventsNamingYearsApartAreTwoHalves() {
    List<ArticleProfile> members = new ArrayList<>();
    members.add(report("a1", "gantry pier north 2011", "Velsk"));
    members.add(report("b1", "container yard south ferry 2019", "Orsk"));
    members.add(report("a2", "gantry pier north inquiry 2011", "Velsk"));
    members.add(report("b2", "container yard south ferry injured 2019", "Orsk"));
    members.add(report("a3", "gantry pier north operator 2011", "Velsk"));
    members.add(report("b3", "container yard south ferry 2019", "Orsk"));

    assertThat(split.halves(members))
        .hasValueSatisfying(
            halves ->
                assertThat(halves).containsExactlyInAnyOrder(List.of(0, 2, 4), List.of(1, 3, 5)));
  }

  @Test
  void halvesNamingOneYearOrYearsOneApartStayOneStory() {
    List<ArticleProfile> oneYear = new ArrayList<>();
    List<ArticleProfile> newYear = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      oneYear.add(report("a" + n, "gantry pier north 2011", "Velsk"));
      oneYear.add(report("b" + n, "container yard south ferry 2011", "Orsk"));
      newYear.add(report("a" + n, "gantry pier north 2011", "Velsk"));
      newYear.add(report("b" + n, "container yard south ferry 2012", "Orsk"));
    }

    assertThat(split.halves(oneYear)).isEmpty();
    assertThat(split.halves(newYear)).isEmpty();
  }

  @Test
  void halvesAsAlikeAsOneEventsReportsStayOneStoryWhateverYearsTheyName() {
    // One report in three naming only a background year is common; here the halves differ by
    // the year alone, and share all their other words and places.
    List<ArticleProfile> members = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      members.add(report("a" + n, "gantry pier north 2011", "Velsk"));
      members.add(report("b" + n, "gantry pier north 2019", "Velsk"));
    }

    assertThat(split.halves(members)).isEmpty();
  }

  @Test
  void tooFewReportsNamingAYearLeaveNothingToSplit() {
    List<ArticleProfile> members = new ArrayList<>();
    members.add(report("a1", "gantry pier north 2011", "Velsk"));
    members.add(report("a2", "gantry pier north", "Velsk"));
    members.add(report("a3", "gantry pier north", "Velsk"));
    members.add(report("b1", "container yard south ferry 2019", "Orsk"));
    members.add(report("b2", "container yard south ferry", "Orsk"));

    assertThat(split.halves(members)).isEmpty();
  }

  private static ArticleProfile report(String id, String words, String place) {
    return profile(id, null, COLLAPSE + " " + words, List.of(place), null);
  }
}
