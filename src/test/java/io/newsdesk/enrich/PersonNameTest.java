package io.newsdesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameTest {

  private final Gazetteer gazetteer = Gazetteer.defaults();

  @Test
  void titlesAndHonorificsAreStripped() {
    PersonName n = PersonName.parse("Prime Minister Sir Keir Starmer", gazetteer);
    assertThat(n.text()).isEqualTo("Keir Starmer");
    assertThat(n.titled()).isTrue();
    assertThat(n.given()).containsExactly("Keir");
    assertThat(n.surname()).isEqualTo("Starmer");

    assertThat(PersonName.parse("Mr. Macron", gazetteer).text()).isEqualTo("Macron");
    assertThat(PersonName.parse("President Macron", gazetteer).text()).isEqualTo("Macron");
    assertThat(PersonName.parse("Former President Donald Trump", gazetteer).text())
        .isEqualTo("Donald Trump");
  }

  @Test
  void aTitleAloneIsKeptRatherThanLeavingNothing() {
    assertThat(PersonName.parse("President", gazetteer).text()).isEqualTo("President");
  }

  @Test
  void regnalTitlesArePartOfTheName() {
    assertThat(PersonName.parse("King Charles", gazetteer).text()).isEqualTo("King Charles");
    assertThat(PersonName.parse("Pope Francis", gazetteer).text()).isEqualTo("Pope Francis");
  }

  @Test
  void particlesAreNotGivenNamesAndSuffixesAreNotSurnames() {
    PersonName leyen = PersonName.parse("Ursula von der Leyen", gazetteer);
    assertThat(leyen.given()).containsExactly("Ursula");
    assertThat(leyen.surname()).isEqualTo("Leyen");
    assertThat(PersonName.parse("von der Leyen", gazetteer).isFull()).isFalse();

    PersonName king = PersonName.parse("Martin Luther King Jr.", gazetteer);
    assertThat(king.surname()).isEqualTo("King");
    assertThat(king.given()).containsExactly("Martin", "Luther");
  }

  @Test
  void cleaningDropsBracketsQuotesAndPossessives() {
    assertThat(PersonName.clean("[Sergei] Lavrov")).isEqualTo("Sergei Lavrov");
    assertThat(PersonName.clean("Macron’s")).isEqualTo("Macron");
    assertThat(PersonName.clean("Trump's")).isEqualTo("Trump");
    assertThat(PersonName.clean("“Starmer”,")).isEqualTo("Starmer");
    assertThat(PersonName.clean("U.S.")).isEqualTo("U.S.");
  }

  @Test
  void capitalsAreTitleCased() {
    assertThat(PersonName.titleCase("MACRON")).isEqualTo("Macron");
    assertThat(PersonName.titleCase("JEAN-LUC")).isEqualTo("Jean-Luc");
    assertThat(PersonName.titleCase("O'NEILL")).isEqualTo("O'Neill");
    assertThat(PersonName.isAllCaps("EMMANUEL")).isTrue();
    assertThat(PersonName.isAllCaps("Emmanuel")).isFalse();
  }
}
