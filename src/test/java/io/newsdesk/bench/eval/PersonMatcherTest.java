package io.newsdesk.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.bench.eval.PersonMatcher.Match.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonMatcherTest {

  private static ArticlePeople article(List<String> persons, List<String> variants) {
    return new ArticlePeople(persons, variants);
  }

  private static PersonMatcher.Match match(ArticlePeople article, String name) {
    return PersonMatcher.of(List.of(article)).match(article, name);
  }

  private final ArticlePeople bank =
      article(List.of("Jürgen Aschauer", "Helena Vorstrand"), List.of());

  @Test
  void caseDiacriticsAndPunctuationDoNotMatter() {
    assertThat(match(bank, "JURGEN aschauer")).isEqualTo(exact("Jürgen Aschauer"));
    assertThat(match(article(List.of("Johanna Pedersen-Lind"), List.of()), "Johanna Pedersen Lind"))
        .isEqualTo(exact("Johanna Pedersen-Lind"));
    assertThat(match(article(List.of("J. D. Halloran"), List.of()), "JD Halloran"))
        .isEqualTo(exact("J. D. Halloran"));
  }

  @Test
  void aSurnameAloneOrANameWithATitleIsCompatible() {
    assertThat(match(bank, "Aschauer")).isEqualTo(compatible("Jürgen Aschauer"));
    assertThat(match(bank, "Governor Jürgen Aschauer")).isEqualTo(compatible("Jürgen Aschauer"));
    assertThat(match(bank, "J. Aschauer")).isEqualTo(compatible("Jürgen Aschauer"));
  }

  @Test
  void anotherSpellingNotListedIsWrong() {
    assertThat(match(bank, "Jurgen Ashauer").kind()).isEqualTo(Kind.WRONG);
    assertThat(match(bank, "Governor Aschauer").kind()).isEqualTo(Kind.WRONG);
    assertThat(match(bank, "J").kind()).isEqualTo(Kind.WRONG);
    assertThat(match(bank, "Port Velsk").kind()).isEqualTo(Kind.WRONG);
  }

  @Test
  void aSpellingListedInAnyArticleCountsInEveryArticleOfThatPerson() {
    ArticlePeople first = article(List.of("Bohdan Hrebeniuk"), List.of("Bogdan Grebenyuk"));
    ArticlePeople second = article(List.of("Bohdan Hrebeniuk", "Helena Vorstrand"), List.of());
    PersonMatcher matcher = PersonMatcher.of(List.of(first, second));
    assertThat(matcher.match(second, "Bogdan Grebenyuk")).isEqualTo(exact("Bohdan Hrebeniuk"));
    assertThat(matcher.match(second, "Grebenyuk")).isEqualTo(compatible("Bohdan Hrebeniuk"));
  }

  @Test
  void aSpellingGoesToThePersonItResemblesMost() {
    ArticlePeople strike =
        article(List.of("Sergei Varnavin", "Tobias Renquist"), List.of("Sergey Varnavin"));
    assertThat(strike.owner("Sergey Varnavin")).contains("Sergei Varnavin");
    assertThat(match(strike, "Sergey Varnavin")).isEqualTo(exact("Sergei Varnavin"));
  }

  @Test
  void aSpellingThatFitsTwoPeopleOrNobodyGoesToNobodyButIsNotWrong() {
    ArticlePeople brothers =
        article(List.of("Andrei Kolb", "Andrei Mazur"), List.of("Andrey", "The Heron"));
    assertThat(brothers.owner("Andrey")).isEmpty();
    assertThat(brothers.owner("The Heron")).isEmpty();
    assertThat(match(brothers, "The Heron").kind()).isEqualTo(Kind.AMBIGUOUS);
    assertThat(match(brothers, "Heron").kind()).isEqualTo(Kind.AMBIGUOUS);
    assertThat(match(brothers, "Andrei").kind()).isEqualTo(Kind.AMBIGUOUS);
    assertThat(match(brothers, "Andrei Kolb")).isEqualTo(exact("Andrei Kolb"));
  }

  @Test
  void anExactMatchWinsOverACompatibleOne() {
    ArticlePeople family = article(List.of("Marit Ellefsen", "Ellefsen"), List.of());
    assertThat(match(family, "Ellefsen")).isEqualTo(exact("Ellefsen"));
  }

  private static PersonMatcher.Match exact(String person) {
    return new PersonMatcher.Match(Kind.EXACT, Optional.of(person));
  }

  private static PersonMatcher.Match compatible(String person) {
    return new PersonMatcher.Match(Kind.COMPATIBLE, Optional.of(person));
  }
}
