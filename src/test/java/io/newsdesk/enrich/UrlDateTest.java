package io.newsdesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UrlDateTest {

  @Test
  void yearMonthAndDaySegmentsGiveTheDate() {
    assertThat(UrlDate.find("https://news.example/2013/05/02/lock-keepers-strike/"))
        .hasValue(LocalDate.of(2013, 5, 2));
    assertThat(UrlDate.find("https://paper.example/2013/may/03/local/harbour-fire-20130504"))
        .hasValue(LocalDate.of(2013, 5, 3));
    assertThat(UrlDate.find("https://paper.example/world/2024/Sept/9"))
        .hasValue(LocalDate.of(2024, 9, 9));
  }

  @Test
  void partialImpossibleOrEmbeddedDatesGiveNone() {
    assertThat(UrlDate.find("https://blog.example/2008/12/red-sox-offer.html")).isEmpty();
    assertThat(UrlDate.find("https://news.example/2013/02/30/story")).isEmpty();
    assertThat(UrlDate.find("https://news.example/2013/mayor/03/story")).isEmpty();
    assertThat(UrlDate.find("https://news.example/story-20130504")).isEmpty();
    assertThat(UrlDate.find("https://news.example/article/2013/05/123456")).isEmpty();
    assertThat(UrlDate.find("not a url at all")).isEmpty();
  }
}
