package io.newsdesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.enrich.NameVariants.Fit;
import org.junit.jupiter.api.Test;

class NameVariantsTest {

  private final Gazetteer gazetteer = Gazetteer.defaults();
  private final NameVariants variants = new NameVariants(gazetteer, Nicknames.shipped());

  private Fit given(String a, String b) {
    return variants.given(PersonName.parse(a, gazetteer), PersonName.parse(b, gazetteer));
  }

  private boolean surnamesAlike(String a, String b) {
    return variants.surnamesAlike(PersonName.parse(a, gazetteer), PersonName.parse(b, gazetteer));
  }

  @Test
  void initialsAndMiddleNamesFitTheFullGivenNames() {
    assertThat(given("J.D. Varga", "James David Varga")).isEqualTo(Fit.INITIALS);
    assertThat(given("JD Varga", "James David Varga")).isEqualTo(Fit.INITIALS);
    assertThat(given("J. Varga", "James David Varga")).isEqualTo(Fit.INITIALS);
    assertThat(given("James Varga", "James David Varga")).isEqualTo(Fit.SAME);
    assertThat(given("Hossein Tavan", "Pir Hossein Tavan")).isEqualTo(Fit.INITIALS);
    assertThat(given("Pir-Hossein Tavan", "Pir Hossein Tavan")).isEqualTo(Fit.SAME);
  }

  @Test
  void differentMiddleInitialsAndOtherInitialsStayApart() {
    assertThat(given("George H. W. Brandt", "George W. Brandt")).isEqualTo(Fit.CONFLICT);
    assertThat(given("K.D. Varga", "James David Varga")).isEqualTo(Fit.CONFLICT);
    assertThat(given("Kim Jong Un", "Kim Yo Jong")).isEqualTo(Fit.CONFLICT);
  }

  @Test
  void nicknamesFitTheirNames() {
    assertThat(given("Mike Walden", "Michael Walden")).isEqualTo(Fit.VARIANT);
    assertThat(given("Bill Tarrant", "William Tarrant")).isEqualTo(Fit.VARIANT);
    assertThat(given("Jenni Ferrol", "Jennifer Ferrol")).isEqualTo(Fit.VARIANT);
  }

  @Test
  void twoNamesThatShareANicknameStayApart() {
    // Ted is listed for Edward and for Theodore; Edward is not Theodore.
    assertThat(given("Edward Tarrant", "Theodore Tarrant")).isEqualTo(Fit.CONFLICT);
    assertThat(given("Donald Tarrant", "Melania Tarrant")).isEqualTo(Fit.CONFLICT);
  }

  @Test
  void ukrainianAndRussianRomanisationsFit() {
    assertThat(given("Bohdan Koval", "Bogdan Koval")).isEqualTo(Fit.VARIANT);
    assertThat(given("Ihor Koval", "Igor Koval")).isEqualTo(Fit.VARIANT);
    assertThat(given("Oleh Koval", "Oleg Koval")).isEqualTo(Fit.VARIANT);
    assertThat(given("Andriy Koval", "Andrii Koval")).isEqualTo(Fit.SAME);
    assertThat(given("Oleksandr Koval", "Aleksandr Koval")).isEqualTo(Fit.VARIANT);
    assertThat(given("Mykola Koval", "Nikolai Koval")).isEqualTo(Fit.VARIANT);
  }

  @Test
  void arabicSpellingsAndParticlesFit() {
    assertThat(given("Mohammed Saleh", "Muhammad Saleh")).isEqualTo(Fit.VARIANT);
    assertThat(given("Mohamed Saleh", "Mohammed Saleh")).isEqualTo(Fit.SAME);
    assertThat(given("Fouad Saleh", "Fuad Saleh")).isEqualTo(Fit.VARIANT);
    assertThat(given("Musaid bin Mohammed Al Harbi", "Musaed bin Muhammad Al-Harbi"))
        .isEqualTo(Fit.VARIANT);
    assertThat(surnamesAlike("Musaid bin Mohammed Al Harbi", "Musaed ibn Muhammad El-Harbi"))
        .isTrue();
  }

  @Test
  void aTypingErrorInALongGivenNameFitsButAGenderedEndingDoesNot() {
    assertThat(given("Volodomyr Koval", "Volodymyr Koval")).isEqualTo(Fit.VARIANT);
    assertThat(given("Voldoymyr Koval", "Volodymyr Koval")).isEqualTo(Fit.VARIANT);
    assertThat(given("Masour Koval", "Masoud Koval")).isEqualTo(Fit.VARIANT);
    assertThat(given("Daniel Koval", "Daniela Koval")).isEqualTo(Fit.CONFLICT);
    assertThat(given("Mario Koval", "Maria Koval")).isEqualTo(Fit.CONFLICT);
    assertThat(given("Andrii Koval", "Dmytro Koval")).isEqualTo(Fit.CONFLICT);
  }

  @Test
  void aFatherAndSonOfOneNameStayApart() {
    assertThat(given("Donald Tarrant", "Donald Tarrant Jr.")).isEqualTo(Fit.CONFLICT);
    assertThat(given("Donald Tarrant Jr", "Donald Tarrant Jr.")).isEqualTo(Fit.SAME);
  }

  @Test
  void surnamesAlikeAcrossRomanisationsAndTypingErrors() {
    assertThat(surnamesAlike("Bohdan Hrebeniuk", "Bogdan Grebenyuk")).isTrue();
    assertThat(surnamesAlike("Oleh Syniehubov", "Oleg Synegoubov")).isTrue();
    assertThat(surnamesAlike("Oleh Syniehubov", "Oleh Syneihubov")).isTrue();
    assertThat(surnamesAlike("Mahdi Mousavi", "Mahdi Musavi")).isTrue();
    assertThat(surnamesAlike("Ahmed Mismari", "Ahmed Mosmari")).isTrue();
    assertThat(surnamesAlike("Sergei Lavrov", "Sergei Lavror")).isTrue();
  }

  @Test
  void differentSurnamesStayApart() {
    assertThat(surnamesAlike("John Smith", "John Schmidt")).isFalse();
    assertThat(surnamesAlike("Andrii Kozyr", "Andrii Kozak")).isFalse();
    assertThat(surnamesAlike("Ann Lee", "Ann Li")).isFalse();
    assertThat(surnamesAlike("Ann Hill", "Ann Gill")).isFalse();
  }
}
