package io.newsdesk.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamedYearsTest {

  @Test
  void theLatestYearNamedStandsForTheText() {
    assertThat(
            NamedYears.latest(
                "The aide, who served from 1969 to 1972, died on Saturday, 14 May 2013, two"
                    + " years after his memoir of 2011."))
        .hasValue(2013);
  }

  @Test
  void amountsPercentagesAndFutureTargetsAreNotYears() {
    assertThat(
            NamedYears.latest(
                "The jewels, worth $2010 a carat or 1,999 euros, rose 2015% and the plan aims at"
                    + " net zero by 2950; the deal of 1998 stands."))
        .hasValue(1998);
  }

  @Test
  void aTextWithoutAYearHasNone() {
    assertThat(NamedYears.latest("Police said on Tuesday that 300 people were evacuated."))
        .isEmpty();
  }
}
