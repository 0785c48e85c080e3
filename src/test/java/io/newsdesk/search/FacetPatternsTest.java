package io.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FacetPatternsTest {

  @Test
  void lettersMatchInEitherCase() {
    assertThat(FacetPatterns.startingWith("Ze")).isEqualTo("[zZ][eE].*");
  }

  @Test
  void syntaxCharactersAreEscaped() {
    assertThat(FacetPatterns.containing("a(\\")).isEqualTo(".*[aA]\\(\\\\.*");
  }

  @Test
  void spacesAndDigitsStayLiteral() {
    assertThat(FacetPatterns.containing("g 7")).isEqualTo(".*[gG] 7.*");
  }
}
