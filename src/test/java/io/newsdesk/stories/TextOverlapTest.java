package io.newsdesk.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextOverlapTest {

  final Random random = new Random(7);

  @Test
  void aReprintWithAParagraphCutIsACopy() {
    String wire = MinHashTest.text(random, 400);
    String reprint = wire.substring(0, wire.length() * 3 / 4) + " Local reaction follows.";

    TextOverlap overlap = between(wire, reprint);

    assertThat(overlap.copy()).isTrue();
    assertThat(overlap.share()).isGreaterThan(0.95);
  }

  @Test
  void keptQuotesAndSentencesInOtherWordsMakeARewrite() {
    String kept = MinHashTest.text(random, 120);
    String source = MinHashTest.text(random, 200) + kept + MinHashTest.text(random, 200);
    String rewrite = MinHashTest.text(random, 150) + kept + MinHashTest.text(random, 150);

    TextOverlap overlap = between(source, rewrite);

    assertThat(overlap.rewrite()).isTrue();
    assertThat(overlap.copy()).isFalse();
    assertThat(overlap.share()).isBetween(0.25, 0.35);
  }

  @Test
  void oneSharedQuoteIsNotARewrite() {
    String quote = "\"We will find out what happened and we will be open about it,\" he said.";
    String a = MinHashTest.text(random, 300) + quote;
    String b = quote + MinHashTest.text(random, 300);

    TextOverlap overlap = between(a, b);

    assertThat(overlap.copy()).isFalse();
    assertThat(overlap.rewrite()).isFalse();
    assertThat(overlap.sharedWords()).isGreaterThanOrEqualTo(15);
  }

  @Test
  void theShareIsOfTheShorterText() {
    String wire = MinHashTest.text(random, 600);
    String brief = wire.substring(0, wire.length() / 5);

    assertThat(between(wire, brief).share()).isEqualTo(1.0);
    assertThat(between(brief, wire).share()).isEqualTo(1.0);
  }

  @Test
  void sharedPassagesAreCutFromTheOriginalText() {
    ShingledText a =
        ShingledText.of(
            "Intro words here. The Calla Rose ran aground on Gannet Reef at night, officials said.");
    ShingledText b =
        ShingledText.of("Reports say the Calla Rose ran aground on Gannet Reef at night.");

    var passages = a.passagesSharedWith(b, 8);

    assertThat(passages)
        .extracting(ShingledText.Passage::text)
        .containsExactly("The Calla Rose ran aground on Gannet Reef at night");
  }

  private static TextOverlap between(String a, String b) {
    return TextOverlap.between(ShingledText.of(a), ShingledText.of(b));
  }
}
