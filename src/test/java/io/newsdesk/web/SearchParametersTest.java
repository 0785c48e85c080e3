package io.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.search.Facet;
import io.newsdesk.search.ResultOrder;
import io.newsdesk.search.SearchQuery;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchParametersTest {

  @Test
  void repeatedFacetParametersAndExclusionsAreRead() {
    var p = new MultivaluedHashMap<String, String>();
    p.put("outlet", List.of("A", "B"));
    p.put("not_person", List.of("X"));
    p.putSingle("from", "2025-01-01");
    p.putSingle("sort", "newest");

    SearchQuery q = SearchParameters.read(p);

    assertThat(q.included(Facet.OUTLET)).containsExactly("A", "B");
    assertThat(q.excluded(Facet.PERSON)).containsExactly("X");
    assertThat(q.from()).contains(LocalDate.of(2025, 1, 1));
    assertThat(q.sort()).isEqualTo(ResultOrder.NEWEST);
    assertThat(q.page()).isEqualTo(1);
  }

  @Test
  void aRangeThatEndsBeforeItStartsNamesFrom() {
    var p = new MultivaluedHashMap<String, String>();
    p.putSingle("from", "2025-02-02");
    p.putSingle("to", "2025-02-01");

    assertThatThrownBy(() -> SearchParameters.read(p))
        .isInstanceOf(BadParameterException.class)
        .extracting(e -> ((BadParameterException) e).parameter())
        .isEqualTo("from");
  }

  @Test
  void theLastReachablePageDependsOnThePageSize() {
    var p = new MultivaluedHashMap<String, String>();
    p.putSingle("size", "100");
    p.putSingle("page", "101");

    assertThatThrownBy(() -> SearchParameters.read(p))
        .isInstanceOf(BadParameterException.class)
        .hasMessageContaining("between 1 and 100");
  }

  @Test
  void linksRoundTripThroughTheParameters() {
    var p = new MultivaluedHashMap<String, String>();
    p.putSingle("q", "dock \"strike\" -port");
    p.put("person", List.of("Ada Varga"));
    p.putSingle("to", "2025-03-01");
    p.putSingle("page", "3");
    SearchQuery q = SearchParameters.read(p);

    var again = new MultivaluedHashMap<String, String>();
    for (String pair : SearchLinks.parameters(q).split("&")) {
      String[] kv = pair.split("=", 2);
      again.add(kv[0], java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
    }

    assertThat(SearchParameters.read(again)).isEqualTo(q);
  }
}
