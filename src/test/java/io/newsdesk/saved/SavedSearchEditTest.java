package io.newsdesk.saved;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.search.Facet;
import io.newsdesk.search.ResultOrder;
import io.newsdesk.search.SearchQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SavedSearchEditTest {

  private static final Instant CREATED = Instant.parse("2025-02-01T08:00:00Z");
  private static final Instant NOW = Instant.parse("2025-02-02T08:00:00Z");

  private static SearchQuery byPerson(String person) {
    return new SearchQuery(
        "",
        Map.of(Facet.PERSON, List.of(person)),
        Map.of(),
        Optional.empty(),
        Optional.empty(),
        ResultOrder.NEWEST,
        1,
        SearchQuery.DEFAULT_SIZE);
  }

  private static StoredSearch stored(String name, SearchQuery query) {
    return new StoredSearch(
        "owner", name, StoredQuery.of(query), CREATED, null, CREATED, "feed-token");
  }

  @Test
  void renameOfTheNameTheEditorSawIsApplied() {
    StoredSearch current = stored("Ferries", byPerson("Jana Novak"));

    StoredSearch renamed = SavedSearchEdit.rename("Ferry news", "Ferries").applyTo(current, NOW);

    assertThat(renamed.name()).isEqualTo("Ferry news");
    assertThat(renamed.updated()).isEqualTo(NOW);
    assertThat(renamed.query()).isEqualTo(current.query());
  }

  @Test
  void renameOfANameChangedElsewhereIsAConflict() {
    StoredSearch current = stored("Renamed in the other tab", byPerson("Jana Novak"));

    assertThatThrownBy(() -> SavedSearchEdit.rename("Mine", "Ferries").applyTo(current, NOW))
        .isInstanceOf(EditConflictException.class)
        .hasMessageContaining("Renamed in the other tab");
  }

  @Test
  void renameToWhatAnotherTabAlreadyChoseIsNoConflict() {
    StoredSearch current = stored("Ferry news", byPerson("Jana Novak"));

    assertThat(SavedSearchEdit.rename("Ferry news", "Ferries").applyTo(current, NOW))
        .isEqualTo(current);
  }

  @Test
  void queryUpdateKeepsARenameMadeMeanwhile() {
    StoredSearch current = stored("Renamed meanwhile", byPerson("Jana Novak"));

    StoredSearch updated =
        SavedSearchEdit.redefine(byPerson("Ivo Marek"), byPerson("Jana Novak"))
            .applyTo(current, NOW);

    assertThat(updated.name()).isEqualTo("Renamed meanwhile");
    assertThat(updated.query().toSearchQuery()).isEqualTo(byPerson("Ivo Marek"));
  }

  @Test
  void queryUpdateOverFiltersChangedElsewhereIsAConflict() {
    StoredSearch current = stored("Ferries", byPerson("Changed Elsewhere"));

    assertThatThrownBy(
            () ->
                SavedSearchEdit.redefine(byPerson("Ivo Marek"), byPerson("Jana Novak"))
                    .applyTo(current, NOW))
        .isInstanceOf(EditConflictException.class);
  }

  @Test
  void overwriteSetsWhatIsGivenWhateverHappenedMeanwhile() {
    StoredSearch current = stored("Ferries", byPerson("Jana Novak"));

    StoredSearch changed =
        SavedSearchEdit.overwrite(Optional.of("API name"), Optional.empty()).applyTo(current, NOW);

    assertThat(changed.name()).isEqualTo("API name");
    assertThat(changed.query()).isEqualTo(current.query());
  }

  @Test
  void storedQueryKeepsTextFiltersDatesAndSortButNotThePage() {
    SearchQuery query =
        new SearchQuery(
            "strike",
            Map.of(Facet.OUTLET, List.of("Harbour Gazette")),
            Map.of(Facet.PERSON, List.of("Ivo Marek")),
            Optional.of(java.time.LocalDate.of(2025, 1, 1)),
            Optional.empty(),
            ResultOrder.OLDEST,
            7,
            50);

    SearchQuery back = StoredQuery.of(query).toSearchQuery();

    assertThat(back.text()).isEqualTo("strike");
    assertThat(back.include()).isEqualTo(query.include());
    assertThat(back.exclude()).isEqualTo(query.exclude());
    assertThat(back.from()).isEqualTo(query.from());
    assertThat(back.sort()).isEqualTo(ResultOrder.OLDEST);
    assertThat(back.page()).isEqualTo(1);
    assertThat(back.size()).isEqualTo(SearchQuery.DEFAULT_SIZE);
  }
}
