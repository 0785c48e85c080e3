package io.newsdesk.stories;

import static io.newsdesk.stories.Members.member;
import static io.newsdesk.stories.Profiles.profile;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.index.StoryDocument.Member;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryRegroupingTest {

  private static final String QUAKE = "quake toll village rescue rubble aftershock";
  private static final String STRIKE = "missile strike cafe funeral wake drone";

  private final StoryRegrouping regrouping = new StoryRegrouping(new StoryRules(4, 0.3));
  private final Map<String, ArticleProfile> profiles = new HashMap<>();

  @Test
  void storiesAnArticleJoinedOrCouldHaveJoinedFormOneNeighbourhood() {
    regrouping.link("a", List.of("b"));
    regrouping.link("c", List.of());
    regrouping.link("d", List.of("b", "e"));

    assertThat(regrouping.neighbourhoods())
        .containsExactlyInAnyOrder(Set.of("a", "b", "d", "e"), Set.of("c"));
  }

  @Test
  void aReportOfAnotherEventThatJoinedEarlyLeavesOnceTheStoryTellsTheTwoApart() {
    // The strike reports came first and joined the quake story while it had one report.
    Map<String, List<Member>> stories =
        Map.of(
            "quake",
            List.of(
                article("q1", "2025-03-01", QUAKE, "Velmar"),
                article("s1", "2025-03-02", STRIKE, "Orsk"),
                article("s2", "2025-03-02", STRIKE + " toll", "Orsk"),
                article("q2", "2025-03-01", QUAKE, "Velmar"),
                article("q3", "2025-03-01", QUAKE + " toll", "Velmar")));

    List<StoryRegrouping.Group> groups = regroup(stories).orElseThrow();

    assertThat(groups)
        .extracting(this::ids)
        .containsExactly(List.of("q1", "q2", "q3"), List.of("s1", "s2"));
    assertThat(groups)
        .extracting(StoryRegrouping.Group::keeps)
        .containsExactly(Optional.of("quake"), Optional.empty());
  }

  @Test
  void twoStoriesOfOneEventComeTogetherUnderTheIdOfTheLarger() {
    Map<String, List<Member>> stories = new LinkedHashMap<>();
    stories.put("late", List.of(article("q3", "2025-03-02", QUAKE, "Velmar")));
    stories.put(
        "early",
        List.of(
            article("q1", "2025-03-01", QUAKE, "Velmar"),
            article("q2", "2025-03-01", QUAKE + " toll", "Velmar")));

    List<StoryRegrouping.Group> groups = regroup(stories).orElseThrow();

    assertThat(groups).extracting(this::ids).containsExactly(List.of("q1", "q2", "q3"));
    assertThat(groups.get(0).keeps()).hasValue("early");
    assertThat(groups.get(0).members().get(0).match().links("q1")).isEmpty();
  }

  @Test
  void aStoryOfUndatedReportsOfTwoEventsYearsApartSplitsInTwo() {
    // b1 names no year and joins the 2011 reports; the 2019 reports then join through it.
    String collapse = "crane collapse dockers union";
    Map<String, List<Member>> stories =
        Map.of(
            "cranes",
            List.of(
                article("a1", null, collapse + " gantry pier north 2011", "Velsk"),
                article("a2", null, collapse + " gantry pier north inquiry 2011", "Velsk"),
                article("a3", null, collapse + " gantry pier north operator 2011", "Velsk"),
                article("b1", null, collapse + " container yard south ferry", "Orsk"),
                article("b2", null, collapse + " container yard south ferry injured 2019", "Orsk"),
                article("b3", null, collapse + " container yard south ferry 2019", "Orsk")));

    List<StoryRegrouping.Group> groups = regroup(stories).orElseThrow();

    assertThat(groups)
        .extracting(this::ids)
        .containsExactlyInAnyOrder(List.of("a1", "a2", "a3"), List.of("b1", "b2", "b3"));
  }

  @Test
  void storiesThatPlaceAsTheyAreChangeNothing() {
    Map<String, List<Member>> stories = new LinkedHashMap<>();
    stories.put(
        "quake",
        List.of(
            article("q1", "2025-03-01", QUAKE, "Velmar"),
            article("q2", "2025-03-01", QUAKE, "Velmar")));
    stories.put("strike", List.of(article("s1", "2025-03-02", STRIKE, "Orsk")));

    assertThat(regroup(stories)).isEmpty();
  }

  @Test
  void aNeighbourhoodTooLargeOrWithAnUnreadMemberStaysAsItIs() {
    List<Member> many = new ArrayList<>();
    for (int n = 0; n <= StoryRegrouping.MAX_MEMBERS; n++) {
      many.add(article("s" + n, "2025-03-02", STRIKE, "Orsk"));
    }
    many.add(article("q1", "2025-03-01", QUAKE, "Velmar"));
    assertThat(regroup(Map.of("mixed", many))).isEmpty();

    Member unread = member("gone", "Outlet gone", "2025-03-01");
    assertThat(
            regroup(
                Map.of(
                    "mixed",
                    List.of(
                        article("q1", "2025-03-01", QUAKE, "Velmar"),
                        article("s1", "2025-03-02", STRIKE, "Orsk"),
                        unread))))
        .isEmpty();
  }

  private Member article(String id, String published, String text, String place) {
    profiles.put(id, profile(id, published, text, List.of(place), null));
    return member(id, "Outlet " + id, published);
  }

  private Optional<List<StoryRegrouping.Group>> regroup(Map<String, List<Member>> stories) {
    return regrouping.regroup(stories, id -> Optional.ofNullable(profiles.get(id)));
  }

  private List<String> ids(StoryRegrouping.Group group) {
    return group.members().stream().map(j -> j.member().id()).toList();
  }
}
