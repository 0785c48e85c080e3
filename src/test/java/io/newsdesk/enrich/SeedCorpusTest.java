package io.newsdesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.Seeds;
import io.newsdesk.article.ArticleEntities;
import io.newsdesk.article.CanonicalEntity;
import io.newsdesk.article.EntityMention;
import io.newsdesk.article.EntityRole;
import io.newsdesk.article.EntityType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five seed articles (../shared/seeds, five outlets on Macron's White House visit of 24
 * February 2025), extracted in turn through one directory.
 */
class SeedCorpusTest {

  private static EntityExtractor extractor;
  private static Map<String, ArticleEntities> byFile;

  @BeforeAll
  static void extractAll() {
    Seeds.assumePresent();
    extractor = new EntityExtractor(Models.recognizer(), new EntityDirectory());
    byFile = new LinkedHashMap<>();
    for (Path f : Seeds.articles()) {
      byFile.put(
          f.getFileName().toString().substring(0, 3), extractor.extract(SeedDrafts.draft(f)));
    }
  }

  /** A name as the directory has it now, after all five (names can change as articles come in). */
  private static String canonical(EntityType type, String name) {
    return extractor.directory().find(type, name).orElseThrow().name();
  }

  private static Optional<EntityMention> mentionWithAlias(List<EntityMention> ms, String part) {
    return ms.stream()
        .filter(m -> m.aliases().stream().anyMatch(a -> a.contains(part)))
        .findFirst();
  }

  @Test
  void theUkrainianPresidentIsOneCanonicalValueInTheFourArticlesThatNameHim() {
    Map<String, String> names = new LinkedHashMap<>();
    byFile.forEach(
        (file, e) ->
            mentionWithAlias(e.persons(), "Zelensk")
                .ifPresent(m -> names.put(file, canonical(EntityType.PERSON, m.name()))));

    assertThat(names).containsOnlyKeys("000", "001", "003", "004");
    assertThat(Set.copyOf(names.values())).containsExactly("Volodymyr Zelensky");
    assertThat(extractor.directory().find(EntityType.PERSON, "Zelensky").orElseThrow().aliases())
        .contains(
            "Volodymyr Zelenskiy",
            "Volodymyr Zelenskyy",
            "Vladimir Zelensky",
            "Volodymyr Zelensky");
  }

  @Test
  void macronIsOnePersonInAllFive() {
    byFile.forEach(
        (file, e) -> {
          List<EntityMention> macrons =
              e.persons().stream().filter(m -> m.name().contains("Macron")).toList();
          assertThat(macrons)
              .as(file)
              .singleElement()
              .satisfies(
                  m -> {
                    assertThat(m.name()).isEqualTo("Emmanuel Macron");
                    assertThat(m.role()).isEqualTo(EntityRole.SUBJECT);
                  });
        });
    CanonicalEntity macron =
        extractor.directory().find(EntityType.PERSON, "Mr Macron").orElseThrow();
    assertThat(macron.articleCount()).isEqualTo(5);
    assertThat(macron.aliases()).containsExactlyInAnyOrder("Emmanuel Macron", "Macron");
  }

  @Test
  void photographersAndBylinesAreCreditsNotSubjects() {
    Map<String, String> credited =
        Map.of("000", "Roberto Schmidt", "003", "Chen Mengtong", "002", "Vafa Guliyeva");
    credited.forEach(
        (file, name) -> {
          List<EntityMention> persons = byFile.get(file).persons();
          assertThat(persons)
              .as(file)
              .filteredOn(m -> m.name().equals(name))
              .singleElement()
              .extracting(EntityMention::role)
              .isEqualTo(EntityRole.CREDIT);
        });
  }

  @Test
  void noPronounOrLowercaseWordIsAPerson() {
    byFile.forEach(
        (file, e) ->
            assertThat(e.persons())
                .as(file)
                .allSatisfy(
                    m -> {
                      assertThat(m.name()).doesNotMatch("(?i)he|his|him|she|her|they|it");
                      assertThat(m.name()).matches("\\p{Lu}.*");
                    }));
  }

  @Test
  void newsAgenciesAreOrganisations() {
    assertThat(orgNames("000")).contains("AFP", "Getty Images");
    assertThat(orgNames("003")).contains("Getty Images");
    assertThat(orgNames("004")).contains("AFP", "PA");
    Set<String> agencies = Set.of("AFP", "PA", "Getty Images", "Reuters");
    byFile.forEach(
        (file, e) -> {
          assertThat(e.persons())
              .extracting(EntityMention::name)
              .doesNotContainAnyElementsOf(agencies);
          assertThat(e.places())
              .extracting(EntityMention::name)
              .doesNotContainAnyElementsOf(agencies);
        });
  }

  @Test
  void lavrovKyivAndTheUsAreOneEntityEach() {
    assertThat(canonical(EntityType.PERSON, "Sergey Lavrov"))
        .isEqualTo(canonical(EntityType.PERSON, "Sergei Lavrov"));
    assertThat(canonical(EntityType.PLACE, "Kiev")).isEqualTo("Kyiv");
    assertThat(canonical(EntityType.PLACE, "United States")).isEqualTo("US");
    assertThat(canonical(EntityType.PLACE, "U.S.")).isEqualTo("US");
  }

  @Test
  void kyivTaggedAPersonOnceIsAPlaceInThatArticle() {
    ArticleEntities journal = byFile.get("004");
    assertThat(journal.persons()).extracting(EntityMention::name).doesNotContain("Kyiv");
    assertThat(journal.places()).extracting(EntityMention::name).contains("Kyiv");
  }

  private static Set<String> orgNames(String file) {
    return byFile.get(file).organizations().stream()
        .map(EntityMention::name)
        .collect(Collectors.toSet());
  }
}
