package io.newsdesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

  private static LanguageGuesser guesser;

  @BeforeAll
  static void load() {
    guesser = LanguageGuesser.load();
  }

  @Test
  void englishFrenchAndGermanReportsAreToldApart() {
    assertThat(
            guesser.guess(
                "The harbour authority said on Tuesday that the ferry service would resume next"
                    + " week, after engineers finished repairs to the damaged pier."))
        .contains("en");
    assertThat(
            guesser.guess(
                "Le conseil municipal a voté mardi soir la fermeture de la piscine pendant tout"
                    + " l'été, faute de personnel pour assurer la surveillance des bassins."))
        .contains("fr");
    assertThat(
            guesser.guess(
                "Die Stadtverwaltung teilte am Dienstag mit, dass die Brücke wegen dringender"
                    + " Reparaturen bis zum Ende des Monats für den Verkehr gesperrt bleibt."))
        .contains("de");
  }

  @Test
  void aTextTooShortToTellHasNoLanguage() {
    assertThat(guesser.guess("Port Velsk")).isEmpty();
    assertThat(guesser.guess("   ")).isEmpty();
  }
}
