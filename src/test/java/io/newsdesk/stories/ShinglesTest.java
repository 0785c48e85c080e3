package io.newsdesk.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShinglesTest {

  @Test
  void typographyDoesNotHideSharedWording() {
    var a = Tokens.of("Lt Cdr Johanna Pedersen-Lind said Valdoria’s coastguard was “ready”.");
    var b = Tokens.of("LT CDR JOHANNA PEDERSEN LIND said Valdoria's coastguard was \"ready\"");

    assertThat(Shingles.of(a)).containsExactly(Shingles.of(b));
  }

  @Test
  void accentsAreFolded() {
    assertThat(Tokens.of("Radek Hrubý").get(1).word()).isEqualTo("hruby");
  }

  @Test
  void tokensKeepTheirPlaceInTheText() {
    String text = "Quay  strike, day two";
    Token strike = Tokens.of(text).get(1);

    assertThat(text.substring(strike.start(), strike.end())).isEqualTo("strike");
  }

  @Test
  void aTextShorterThanAShingleIsOneShingle() {
    assertThat(Shingles.of(Tokens.of("Ferry aground"))).hasSize(1);
    assertThat(Shingles.of(Tokens.of(""))).isEmpty();
  }
}
