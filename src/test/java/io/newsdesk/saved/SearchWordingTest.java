package io.newsdesk.saved;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.search.Facet;
import io.newsdesk.search.ResultOrder;
import io.newsdesk.search.SearchQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchWordingTest {

  private static SearchQuery query(
      String text,
      Map<Facet, List<String>> include,
      Map<Facet, List<String>> exclude,
      LocalDate from,
      LocalDate to,
      ResultOrder sort) {
    return new SearchQuery(
        text, include, exclude, Optional.ofNullable(from), Optional.ofNullable(to), sort, 1, 10);
  }

  @Test
  void suggestedNameJoinsTextPeopleAndOutlet() {
    SearchQuery search =
        query(
            "strike",
            Map.of(Facet.PERSON, List.of("Jana Novak"), Facet.OUTLET, List.of("Harbour Gazette")),
            Map.of(),
            null,
            null,
            ResultOrder.RELEVANCE);

    assertThat(SearchWording.name(search)).isEqualTo("strike · Jana Novak · in Harbour Gazette");
  }

  @Test
  void suggestedNameOfAnEmptySearchSaysAllArticles() {
    assertThat(SearchWording.name(SearchQuery.of(" "))).isEqualTo("All articles");
  }

  @Test
  void suggestedNameNamesExclusionsAndDates() {
    SearchQuery search =
        query(
            "",
            Map.of(),
            Map.of(Facet.ORGANIZATION, List.of("Port Authority")),
            LocalDate.of(2025, 2, 1),
            null,
            ResultOrder.NEWEST);

    assertThat(SearchWording.name(search)).isEqualTo("not Port Authority · since 2025-02-01");
  }

  @Test
  void longSuggestedNamesAreShortenedWithAnEllipsis() {
    String name = SearchWording.name(SearchQuery.of("word ".repeat(40)));

    assertThat(name).hasSizeLessThanOrEqualTo(80).endsWith("…");
  }

  @Test
  void descriptionPutsEveryFilterAndTheOrderIntoWords() {
    SearchQuery search =
        query(
            "strike",
            Map.of(
                Facet.PERSON,
                List.of("Jana Novak", "Ivo Marek"),
                Facet.OUTLET,
                List.of("Harbour Gazette")),
            Map.of(Facet.PLACE, List.of("Velsk")),
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 1, 31),
            ResultOrder.NEWEST);

    assertThat(SearchWording.describe(search))
        .isEqualTo(
            "Words: strike; people: Jana Novak or Ivo Marek; outlets: Harbour Gazette;"
                + " no places: Velsk; published 2025-01-01 to 2025-01-31; newest first");
  }

  @Test
  void descriptionOfAnEmptySearchSaysEveryArticle() {
    assertThat(SearchWording.describe(SearchQuery.of(""))).isEqualTo("Every article");
  }

  @Test
  void typedNamesLoseControlCharactersAndBlankOnesAreSuggested() {
    SearchQuery search = SearchQuery.of("ferry");

    assertThat(SearchWording.cleanName("  my\u0000ferries \n", search)).isEqualTo("my ferries");
    assertThat(SearchWording.cleanName("   ", search)).isEqualTo("ferry");
    assertThat(SearchWording.cleanName("x".repeat(500), search)).hasSize(SearchWording.MAX_NAME);
  }
}
