package io.newsdesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShortNamesTest {

  private final Gazetteer gazetteer = Gazetteer.defaults();
  private final ShortNames shortNames =
      new ShortNames(new NameVariants(gazetteer, Nicknames.shipped()), Nicknames.shipped());

  private ShortNames.Fit fit(String word, String... heads) {
    return shortNames.fit(
        word, List.of(heads).stream().map(h -> PersonName.parse(h, gazetteer)).toList());
  }

  @Test
  void aFirstNameAloneJoinsTheOnePersonOfTheArticleWithIt() {
    assertThat(fit("Keir", "Rachel Rowe", "Keir Stanton").head()).isEqualTo(1);
  }

  @Test
  void aFamilyNameWrittenFirstOrAWordOfACompoundNameJoinsItsPerson() {
    assertThat(fit("Yoon", "Yoon Suk Yeol").head()).isZero();
    assertThat(fit("Oligui", "Brice Clotaire Oligui Nguema").head()).isZero();
    assertThat(fit("Waker", "Waker-uz-Zaman").head()).isZero();
  }

  @Test
  void aSurnameWithATypingErrorJoinsTheOnePersonItFits() {
    assertThat(fit("Lavror", "Sergei Lavrov", "Maria Zakharova").head()).isZero();
  }

  @Test
  void aWordTwoPeopleShareIsDropped() {
    assertThat(fit("Han", "Han Dong-ho", "Han Min-su")).isEqualTo(ShortNames.Fit.DROPPED);
  }

  @Test
  void aListedFirstNameThatFitsNobodyIsDroppedAndAnyOtherWordKept() {
    assertThat(fit("Daniel", "Rachel Rowe")).isEqualTo(ShortNames.Fit.DROPPED);
    assertThat(fit("Kelmora", "Rachel Rowe")).isEqualTo(ShortNames.Fit.NONE);
    assertThat(fit("Brenholt", "Rachel Rowe")).isEqualTo(ShortNames.Fit.NONE);
  }
}
