package io.newsdesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.article.ArticleDraft;
import io.newsdesk.article.ArticleEntities;
import io.newsdesk.article.CanonicalEntity;
import io.newsdesk.article.EntityMention;
import io.newsdesk.article.EntityType;
import io.newsdesk.ingest.ArticleReader;
import io.newsdesk.ingest.InputFile;
import io.newsdesk.pipeline.SampleDataLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled fictional sample corpus, extracted in turn through one directory. */
class SampleCorpusPeopleTest {

  private static EntityExtractor extractor;
  private static final List<EntityMention> persons = new ArrayList<>();
  private static final List<EntityMention> places = new ArrayList<>();

  @BeforeAll
  static void extractAll() {
    extractor = new EntityExtractor(Models.recognizer(), new EntityDirectory());
    ArticleReader reader = new ArticleReader(5_000_000);
    for (InputFile f : SampleDataLoader.files()) {
      for (ArticleDraft d : reader.read(f).drafts()) {
        ArticleEntities e = extractor.extract(d);
        persons.addAll(e.persons());
        places.addAll(e.places());
      }
    }
  }

  private static Optional<String> person(String name) {
    return extractor.directory().find(EntityType.PERSON, name).map(CanonicalEntity::name);
  }

  @Test
  void theForeignMinisterIsOnePersonInUkrainianAndRussianSpelling() {
    assertThat(person("Bohdan Hrebeniuk")).isPresent();
    assertThat(person("Bogdan Grebenyuk")).isEqualTo(person("Bohdan Hrebeniuk"));
    assertThat(persons.stream().map(m -> person(m.name()).orElseThrow()).distinct())
        .filteredOn(n -> n.endsWith("benyuk") || n.endsWith("beniuk"))
        .hasSize(1);
  }

  @Test
  void noDemonymIsAPlaceOrAPerson() {
    List<String> names = new ArrayList<>();
    places.forEach(m -> names.add(m.name()));
    persons.forEach(m -> names.add(m.name()));
    assertThat(names).doesNotContain("Karsovian", "Valdorian");
  }

  @Test
  void noVesselIslandOrCityIsAPerson() {
    assertThat(persons)
        .extracting(EntityMention::name)
        .doesNotContain("Hanne Marie", "Calla Rose", "Kelmora", "Holm", "Valdoria");
  }
}
