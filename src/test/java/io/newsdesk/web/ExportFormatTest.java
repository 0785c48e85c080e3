package io.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.search.ExportRow;
import io.newsdesk.search.Facet;
import io.newsdesk.search.ResultOrder;
import io.newsdesk.search.SearchQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExportFormatTest {

  @Test
  void cellsThatASpreadsheetWouldRunAreTurnedIntoText() {
    assertThat(ExportFormat.safeCell("=1+1")).isEqualTo("'=1+1");
    assertThat(ExportFormat.safeCell("+44 20")).isEqualTo("'+44 20");
    assertThat(ExportFormat.safeCell("-3%")).isEqualTo("'-3%");
    assertThat(ExportFormat.safeCell("@cmd")).isEqualTo("'@cmd");
    assertThat(ExportFormat.safeCell("\tx")).isEqualTo("'\tx");
    assertThat(ExportFormat.safeCell("Plain = fine")).isEqualTo("Plain = fine");
    assertThat(ExportFormat.safeCell(null)).isEmpty();
  }

  @Test
  void listsAreJoinedAndMissingValuesLeftEmpty() {
    ExportRow row =
        new ExportRow(
            "a1",
            "Title",
            null,
            LocalDate.of(2025, 1, 2),
            null,
            List.of("Ana Tovar", "Bo Lind"),
            List.of(),
            List.of("=Place"),
            null,
            "en");
    assertThat(ExportFormat.cells(row))
        .containsExactly(
            "a1", "Title", "", "2025-01-02", "", "Ana Tovar; Bo Lind", "", "'=Place", "", "en");
  }

  @Test
  void theFileIsNamedAfterTheWordsAndPickedValues() {
    SearchQuery query =
        new SearchQuery(
            "Port strike!",
            Map.of(Facet.PERSON, List.of("Jana Novák")),
            Map.of(Facet.OUTLET, List.of("Left Out")),
            Optional.of(LocalDate.of(2025, 2, 1)),
            Optional.empty(),
            ResultOrder.NEWEST,
            1,
            10);
    assertThat(ExportFileName.of(query)).isEqualTo("newsdesk-port-strike-jana-novák-2025-02-01");
    assertThat(ExportFileName.disposition(query, ExportFormat.CSV))
        .isEqualTo(
            "attachment; filename=\"newsdesk-port-strike-jana-novak-2025-02-01.csv\";"
                + " filename*=UTF-8''newsdesk-port-strike-jana-nov%C3%A1k-2025-02-01.csv");
    assertThat(ExportFileName.of(SearchQuery.of(""))).isEqualTo("newsdesk-all-articles");
  }
}
