package io.newsdesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameKeyTest {

  @Test
  void transliterationsOfZelenskyShareOneKey() {
    List<String> spellings =
        List.of(
            "Zelensky",
            "Zelenskiy",
            "Zelenskyy",
            "Zelenskyi",
            "Zelenskij",
            "Zelenskii",
            "Selenskyj",
            "ZELENSKIY",
            "Zelenskyj");
    assertThat(spellings).extracting(NameKey::token).containsOnly(NameKey.token("Zelensky"));
  }

  @Test
  void sergeiSergeyAndSergejShareOneKey() {
    assertThat(List.of("Sergei", "Sergey", "Sergej", "SERGEI"))
        .extracting(NameKey::token)
        .containsOnly("sergei");
  }

  @Test
  void commonSlavicSpellingVariantsShareOneKey() {
    assertThat(NameKey.token("Alexei")).isEqualTo(NameKey.token("Aleksey"));
    assertThat(NameKey.token("Dmitry"))
        .isEqualTo(NameKey.token("Dmitriy"))
        .isEqualTo(NameKey.token("Dmitrii"));
    assertThat(NameKey.token("Mikhail")).isEqualTo(NameKey.token("Mihail"));
    assertThat(NameKey.token("Tymoshenko"))
        .isEqualTo(NameKey.token("Timoshenko"))
        .isEqualTo(NameKey.token("Timoschenko"));
    assertThat(NameKey.token("Wolodymyr")).isEqualTo(NameKey.token("Volodymyr"));
    assertThat(NameKey.token("Yuliya")).isEqualTo(NameKey.token("Yulia"));
  }

  @Test
  void otherTransliterationHabitsAreFolded() {
    assertThat(NameKey.token("Gaddafi")).isEqualTo(NameKey.token("Gadhafi"));
    assertThat(NameKey.token("Victor")).isEqualTo(NameKey.token("Viktor"));
    assertThat(NameKey.token("Stephanopoulos")).isEqualTo(NameKey.token("Stefanopoulos"));
    assertThat(NameKey.token("al-Assad")).isEqualTo(NameKey.token("Assad"));
  }

  @Test
  void accentsCaseAndPunctuationAreFolded() {
    assertThat(NameKey.of("François Hollande")).isEqualTo(NameKey.of("FRANCOIS HOLLANDE"));
    assertThat(NameKey.of("Recep Tayyip Erdoğan")).isEqualTo(NameKey.of("Recep Tayyip Erdogan"));
    assertThat(NameKey.of("Łukasz Søren")).isEqualTo(NameKey.of("Lukasz Soren"));
    assertThat(NameKey.of("Martin O’Neill")).isEqualTo(NameKey.of("Martin ONeill"));
  }

  @Test
  void translationsAreNotSpellingsAndStayApart() {
    assertThat(NameKey.token("Vladimir")).isNotEqualTo(NameKey.token("Volodymyr"));
    assertThat(NameKey.of("Kyiv")).isNotEqualTo(NameKey.of("Kiev"));
  }

  @Test
  void differentNamesKeepDifferentKeys() {
    assertThat(NameKey.token("Trump")).isNotEqualTo(NameKey.token("Truss"));
    assertThat(NameKey.token("Lavrov")).isNotEqualTo(NameKey.token("Lavrova"));
    assertThat(NameKey.token("Putin")).isNotEqualTo(NameKey.token("Peskov"));
  }

  @Test
  void wholeNameKeyIsTheWordKeysInOrder() {
    assertThat(NameKey.of("  Volodymyr   Zelenskyy ")).isEqualTo("volodimir selenski");
    assertThat(NameKey.tokens("Emmanuel Macron")).containsExactly("emanuel", "makron");
  }

  @Test
  void plainKeyDropsPunctuationCaseAndALeadingThe() {
    assertThat(NameKey.plain("U.S.")).isEqualTo(NameKey.plain("US")).isEqualTo("us");
    assertThat(NameKey.plain("The Economist")).isEqualTo(NameKey.plain("Economist"));
    assertThat(NameKey.plain("Agence France-Presse")).isEqualTo("agence france presse");
    assertThat(NameKey.plain("The Hague")).isEqualTo("hague");
  }

  @Test
  void compactKeyJoinsHyphenatedAndSpacedFormsAndKeepsAPersianAle() {
    assertThat(NameKey.compact("Yoon Suk-yeol")).isEqualTo(NameKey.compact("Yoon Suk Yeol"));
    assertThat(NameKey.compact("Reza Al-e Tabar")).isEqualTo(NameKey.compact("Reza Ale-Tabar"));
    assertThat(NameKey.compact("Bashar al-Assad")).isEqualTo(NameKey.compact("Bashar Assad"));
    assertThat(NameKey.compact("Reza Al-e Tabar")).isNotEqualTo(NameKey.compact("Reza Tabar"));
  }
}
