package io.newsdesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.article.ArticleDraft;
import io.newsdesk.article.ArticleEntities;
import io.newsdesk.article.CanonicalEntity;
import io.newsdesk.article.EntityMention;
import io.newsdesk.article.EntityRole;
import io.newsdesk.article.SourceMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

  private final EntityExtractor extractor =
      new EntityExtractor(Models.recognizer(), new EntityDirectory());

  private static ArticleDraft draft(List<String> paragraphs, List<String> captions) {
    return new ArticleDraft("test", "", paragraphs, captions, SourceMetadata.none());
  }

  private static EntityMention named(List<EntityMention> ms, String name) {
    return ms.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void anArticlesPeopleComeWithCountsRolesAndTheSpellingsItUsed() {
    ArticleEntities e =
        extractor.extract(
            draft(
                List.of(
                    "German Chancellor Angela Merkel arrived in Paris on Monday.",
                    "Mrs Merkel said the talks with President Emmanuel Macron went well.",
                    "Mr Macron agreed."),
                List.of("Angela Merkel in Paris. Photograph: John Smith/Reuters")));

    EntityMention merkel = named(e.persons(), "Angela Merkel");
    assertThat(merkel.mentions()).isEqualTo(3);
    assertThat(merkel.role()).isEqualTo(EntityRole.SUBJECT);
    assertThat(merkel.aliases()).containsExactly("Angela Merkel", "Merkel");

    EntityMention smith = named(e.persons(), "John Smith");
    assertThat(smith.role()).isEqualTo(EntityRole.CREDIT);
    assertThat(e.persons()).last().isEqualTo(smith);

    assertThat(named(e.organizations(), "Reuters").role()).isEqualTo(EntityRole.CREDIT);
    assertThat(named(e.places(), "Paris").mentions()).isEqualTo(2);
  }

  @Test
  void namesThatMeetInTheDirectoryAreAddedUp() {
    ArticleEntities e =
        extractor.extract(
            draft(
                List.of(
                    "The United Nations General Assembly voted on Monday.",
                    "Officials at the United Nations said the UN would meet again."),
                List.of()));

    EntityMention un =
        e.organizations().stream()
            .filter(m -> m.aliases().contains("UN"))
            .findFirst()
            .orElseThrow();
    assertThat(un.aliases()).contains("United Nations");
  }

  @Test
  void theSamePersonInTwoArticlesIsOneEntity() {
    ArticleEntities first =
        extractor.extract(
            draft(
                List.of("Ukrainian President Volodymyr Zelenskyy spoke in Kyiv on Friday."),
                List.of()));
    ArticleEntities second =
        extractor.extract(
            draft(
                List.of("Ukraine's president, Volodymyr Zelenskiy, met envoys in Kyiv."),
                List.of()));

    // One article each for the two spellings, the same length: alphabetical order decides.
    assertThat(second.persons())
        .extracting(EntityMention::name)
        .containsExactly("Volodymyr Zelenskiy");
    String firstNow =
        extractor
            .directory()
            .find(io.newsdesk.article.EntityType.PERSON, first.persons().get(0).name())
            .orElseThrow()
            .name();
    assertThat(firstNow).isEqualTo("Volodymyr Zelenskiy");
    assertThat(extractor.directory().snapshot())
        .filteredOn(c -> c.type() == io.newsdesk.article.EntityType.PERSON)
        .singleElement()
        .extracting(CanonicalEntity::aliases)
        .isEqualTo(List.of("Volodymyr Zelenskiy", "Volodymyr Zelenskyy"));
  }
}
