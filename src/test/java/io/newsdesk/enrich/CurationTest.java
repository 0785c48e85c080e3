package io.newsdesk.enrich;

import static io.newsdesk.enrich.Docs.org;
import static io.newsdesk.enrich.Docs.person;
import static io.newsdesk.enrich.Docs.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.article.CanonicalEntity;
import io.newsdesk.article.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurationTest {

  private final EntityDirectory directory = new EntityDirectory();

  private String resolve(DocEntity d) {
    return directory.resolveArticle(List.of(d)).get(0).entity().name();
  }

  @Test
  void parsesTheTabSeparatedFormat() {
    Curation c =
        Curation.parse(
            """
            # comments and blank lines are skipped

            merge\tPERSON\tTony Blair\tLionel Blair
            split\tPERSON\tMichael Jordan\tMichael B. Jordan
            rename\tPERSON\tLula\tLuiz Inácio Lula da Silva
            drop\t*\tLeave A Comment
            retype\tPLACE\tInstitut Montaigne\tORGANIZATION
            """);

    assertThat(c.rules())
        .containsExactly(
            new Curation.Rule(
                Curation.Action.MERGE,
                EntityType.PERSON,
                List.of("Tony Blair", "Lionel Blair"),
                null),
            new Curation.Rule(
                Curation.Action.SPLIT,
                EntityType.PERSON,
                List.of("Michael Jordan", "Michael B. Jordan"),
                null),
            new Curation.Rule(
                Curation.Action.RENAME,
                EntityType.PERSON,
                List.of("Lula", "Luiz Inácio Lula da Silva"),
                null),
            new Curation.Rule(Curation.Action.DROP, null, List.of("Leave A Comment"), null),
            new Curation.Rule(
                Curation.Action.RETYPE,
                EntityType.PLACE,
                List.of("Institut Montaigne"),
                EntityType.ORGANIZATION));
  }

  @Test
  void aBadLineIsRejectedWithItsNumber() {
    assertThatThrownBy(() -> Curation.parse("merge\tPERSON\tA\tB\nfuse\tPERSON\tA\tB\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("fuse");
    assertThatThrownBy(() -> Curation.parse("rename\tPERSON\tOnly One"))
        .hasMessageContaining("line 1");
    assertThatThrownBy(() -> Curation.parse("drop\tTHING\tX")).hasMessageContaining("THING");
  }

  @Test
  void mergeJoinsNamesTheRulesKeepApart() {
    resolve(person("Tony Blair"));
    resolve(person("Lionel Blair"));
    assertThat(directory.size()).isEqualTo(2);

    EntityDirectory curated = new EntityDirectory();
    curated.curate(Curation.parse("merge\tPERSON\tTony Blair\tLionel Blair"));
    curated.resolveArticle(List.of(person("Tony Blair")));
    curated.resolveArticle(List.of(person("Tony Blair")));
    curated.resolveArticle(List.of(person("Lionel Blair")));
    assertThat(curated.size()).isEqualTo(1);
    assertThat(curated.snapshot().get(0).name()).isEqualTo("Tony Blair");
  }

  @Test
  void mergeJoinsEntitiesAlreadyKnown() {
    resolve(person("Tony Blair"));
    resolve(person("Lionel Blair"));

    directory.curate(Curation.parse("merge\tPERSON\tTony Blair\tLionel Blair"));

    assertThat(directory.size()).isEqualTo(1);
    CanonicalEntity blair = directory.snapshot().get(0);
    assertThat(blair.aliases()).containsExactlyInAnyOrder("Tony Blair", "Lionel Blair");
    assertThat(blair.articleCount()).isEqualTo(2);
  }

  @Test
  void splitKeepsApartNamesTheRulesWouldJoin() {
    EntityDirectory uncurated = new EntityDirectory();
    uncurated.resolveArticle(List.of(person("Michael Jordan")));
    uncurated.resolveArticle(List.of(person("Michael B. Jordan")));
    assertThat(uncurated.size()).isEqualTo(1);

    directory.curate(Curation.parse("split\tPERSON\tMichael Jordan\tMichael B. Jordan"));
    resolve(person("Michael Jordan"));
    resolve(person("Michael B. Jordan"));
    assertThat(directory.size()).isEqualTo(2);
    assertThat(resolve(person("Michael B. Jordan"))).isEqualTo("Michael B. Jordan");
  }

  @Test
  void splitCutsAnEntityThatAlreadyHoldsBoth() {
    resolve(person("Michael Jordan"));
    resolve(person("Michael B. Jordan"));
    assertThat(directory.size()).isEqualTo(1);

    directory.curate(Curation.parse("split\tPERSON\tMichael Jordan\tMichael B. Jordan"));

    assertThat(directory.snapshot())
        .extracting(CanonicalEntity::name)
        .containsExactlyInAnyOrder("Michael Jordan", "Michael B. Jordan");
  }

  @Test
  void renameFixesTheDisplayNameAndTheNewNameResolves() {
    directory.curate(Curation.parse("rename\tPERSON\tLula\tLuiz Inácio Lula da Silva"));

    assertThat(resolve(person("Lula"))).isEqualTo("Luiz Inácio Lula da Silva");
    assertThat(directory.find(EntityType.PERSON, "Luiz Inácio Lula da Silva"))
        .get()
        .extracting(CanonicalEntity::aliases)
        .isEqualTo(List.of("Luiz Inácio Lula da Silva", "Lula"));
  }

  @Test
  void dropLeavesANameOutWhateverItsType() {
    directory.curate(Curation.parse("drop\t*\tLeave A Comment"));

    List<EntityDirectory.Resolved> r =
        directory.resolveArticle(List.of(org("Leave a comment"), org("Politico")));

    assertThat(r).extracting(x -> x.entity().name()).containsExactly("Politico");
    assertThat(directory.size()).isEqualTo(1);
  }

  @Test
  void retypeGivesTheRulesType() {
    directory.curate(Curation.parse("retype\tPLACE\tInstitut Montaigne\tORGANIZATION"));

    EntityDirectory.Resolved r =
        directory.resolveArticle(List.of(place("Institut Montaigne"))).get(0);

    assertThat(r.mention().type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(r.entity().type()).isEqualTo(EntityType.ORGANIZATION);
  }
}
