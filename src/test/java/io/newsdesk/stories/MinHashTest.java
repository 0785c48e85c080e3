package io.newsdesk.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHashTest {

  @Test
  void everyArticleGetsOneKeyPerBand() {
    List<String> keys = Fingerprints.of("Dockers strike", text(new Random(1), 300));

    assertThat(keys).hasSize(MinHash.BANDS).doesNotHaveDuplicates();
    assertThat(keys.get(7)).startsWith("07-");
  }

  @Test
  void aTrimmedReprintSharesBandsWithItsSource() {
    String wire = text(new Random(2), 500);
    String reprint = wire.substring(0, wire.length() * 4 / 5);

    assertThat(shared(Fingerprints.of("", wire), Fingerprints.of("", reprint))).isGreaterThan(5);
  }

  @Test
  void unrelatedTextsShareNoBand() {
    Random random = new Random(3);
    List<String> a = Fingerprints.of("", text(random, 500));
    List<String> b = Fingerprints.of("", text(random, 500));

    assertThat(shared(a, b)).isZero();
  }

  @Test
  void theSameTextAlwaysGetsTheSameKeys() {
    String text = text(new Random(4), 200);

    assertThat(Fingerprints.of("Title", text)).isEqualTo(Fingerprints.of("Title", text));
  }

  @Test
  void anEmptyTextHasNoKeys() {
    assertThat(Fingerprints.of("", "")).isEmpty();
  }

  static int shared(List<String> a, List<String> b) {
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    return common.size();
  }

  /** Random words from a small vocabulary, as unrelated articles share common words. */
  static String text(Random random, int words) {
    String[] vocabulary =
        "the port strike union ferry council minister said on in and to of a talks bank rate harbour crew police library theft coast river flood train"
            .split(" ");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
    }
    return text.toString();
  }
}
