package io.newsdesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.enrich.NameCues.Kind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameCuesTest {

  private static Optional<Kind> cue(String line, String name) {
    int at = line.indexOf(name);
    return NameCues.around(line, at, at + name.length());
  }

  @Test
  void vesselsAndVehiclesAreThings() {
    assertThat(cue("Coastguards boarded the trawler Hanne Marie at dawn.", "Hanne Marie"))
        .contains(Kind.THING);
    assertThat(cue("The passenger ferry MV Calla Rose ran aground.", "Calla Rose"))
        .contains(Kind.THING);
    assertThat(cue("The Vikram lander touched down.", "Vikram")).contains(Kind.THING);
  }

  @Test
  void publicationsAndGroupsAreOrganisations() {
    assertThat(cue("It was reported by the newspaper Le Courrier on Monday.", "Le Courrier"))
        .contains(Kind.ORGANIZATION);
    assertThat(cue("Fighters of the Wagner group left the city.", "Wagner"))
        .contains(Kind.ORGANIZATION);
  }

  @Test
  void anOrganisationWordRightBeforeANameNeedsNoArticle() {
    assertThat(cue("Russia's aviation agency Rosmorflot said the jet fell.", "Rosmorflot"))
        .contains(Kind.ORGANIZATION);
    assertThat(cue("Public broadcaster Radiotel showed the ruins.", "Radiotel"))
        .contains(Kind.ORGANIZATION);
    assertThat(cue("The agency's head, Ilse Brandt, resigned.", "Ilse Brandt")).isEmpty();
  }

  @Test
  void aProvinceAfterOrATownOfBeforeMakesAPlace() {
    assertThat(cue("Villages in the hills of Al Quraym province were cut off.", "Al Quraym"))
        .contains(Kind.PLACE);
    assertThat(cue("Shelling hit Dovhenke region overnight.", "Dovhenke")).contains(Kind.PLACE);
    assertThat(cue("A rocket hit the Druze town of Ein Qiniyye.", "Ein Qiniyye"))
        .contains(Kind.PLACE);
    assertThat(cue("The son of Halvorsen spoke first.", "Halvorsen")).isEmpty();
    assertThat(cue("The towns of Vask, Orre and Lunde flooded.", "Lunde")).contains(Kind.PLACE);
    assertThat(cue("The imam of the city of Vask Ali Reza Tabar spoke.", "Ali Reza Tabar"))
        .isEmpty();
  }

  @Test
  void aNameRightAfterTheIsNoPersonUnlessItModifiesANoun() {
    assertThat(cue("The lander reached the Moon on Wednesday.", "Moon")).contains(Kind.NOT_PERSON);
    assertThat(cue("Rescuers reached the Hanne Marie at dawn.", "Hanne Marie"))
        .contains(Kind.NOT_PERSON);
    assertThat(cue("Critics of the Halvorsen government marched.", "Halvorsen")).isEmpty();
    assertThat(cue("Talks on the Halvorsen-Brandt plan stalled.", "Halvorsen")).isEmpty();
    assertThat(cue("The Halvorsen speech was long.", "Halvorsen")).isEmpty();
  }

  @Test
  void aNameAfterInIsAPlaceUnlessPossessive() {
    assertThat(cue("The library in Kelmora reopened.", "Kelmora"))
        .contains(Kind.PLACE_BY_PREPOSITION);
    assertThat(cue("Confidence in Halvorsen's plan fell.", "Halvorsen")).isEmpty();
    assertThat(cue("Halvorsen said in a statement that he would stay.", "Halvorsen")).isEmpty();
  }

  @Test
  void aPersonWithATitleOrAVerbHasNoCue() {
    assertThat(cue("Foreign minister Bohdan Hrebeniuk signed the deal.", "Bohdan Hrebeniuk"))
        .isEmpty();
    assertThat(cue("The captain, Anders Holm, was rescued.", "Anders Holm")).isEmpty();
  }

  @Test
  void demonymsAreNotPlaces() {
    assertThat(NameCues.isDemonym("Karsovian")).isTrue();
    assertThat(NameCues.isDemonym("Japanese")).isTrue();
    assertThat(NameCues.isDemonym("Kish")).isFalse();
    assertThat(NameCues.isDemonym("Kelmora")).isFalse();
    assertThat(NameCues.isDemonym("Tehran")).isFalse();
  }

  @Test
  void anAppositionSaysWhatANameIsByItsLastNoun() {
    assertThat(cue("Al-Rasid, a Hamas-affiliated website, urged calm.", "Al-Rasid"))
        .contains(Kind.ORGANIZATION);
    assertThat(cue("Ein Qiniyye, a Druze town in the Golan, mourned.", "Ein Qiniyye"))
        .contains(Kind.PLACE);
    assertThat(cue("Lena Holm, a company spokeswoman, said no.", "Lena Holm")).isEmpty();
  }

  @Test
  void aNumberedNameIsAModelOrAMission() {
    assertThat(cue("The Kestrel-3 lander touched down.", "Kestrel")).contains(Kind.THING);
    assertThat(cue("The Kestrel-3 lander touched down.", "Kestrel-3")).contains(Kind.THING);
    assertThat(cue("Hezbollah fired Fajr-1 rockets at the base.", "Fajr")).contains(Kind.THING);
    assertThat(cue("As Kestrel 3 lander module descended, cheers rose.", "Kestrel"))
        .contains(Kind.THING);
  }

  @Test
  void aNounPhraseAfterADeterminerEndsInWhatTheNameIs() {
    assertThat(cue("Two Russian Korund ballistic missiles hit the town.", "Korund"))
        .contains(Kind.THING);
    assertThat(cue("It said two Russian Korund ballistic missiles hit.", "Korund"))
        .contains(Kind.THING);
    assertThat(cue("He led the Vostok private military group.", "Vostok"))
        .contains(Kind.ORGANIZATION);
    assertThat(cue("Yesterday Halvorsen said missiles were fired.", "Halvorsen")).isEmpty();
    assertThat(cue("Aides of the Halvorsen campaign said drones flew.", "Halvorsen")).isEmpty();
  }
}
