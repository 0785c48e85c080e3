package io.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.article.EntityType;
import io.newsdesk.enrich.EntityDirectory.NameChange;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityStoreTest {

  @Test
  void aChainOfRenamesLeadsEveryOldNameToTheLastOne() {
    List<NameChange> renames =
        List.of(
            new NameChange(EntityType.PERSON, "Zelenskiy", "Zelenskyy"),
            new NameChange(EntityType.PERSON, "Zelenskyy", "Zelensky"));

    assertThat(EntityStore.finalNames(renames))
        .containsExactly(
            new NameChange(EntityType.PERSON, "Zelenskiy", "Zelensky"),
            new NameChange(EntityType.PERSON, "Zelenskyy", "Zelensky"));
  }

  @Test
  void aRenameBackToTheOriginalNameIsNoRename() {
    List<NameChange> renames =
        List.of(
            new NameChange(EntityType.PLACE, "Kiev", "Kyiv"),
            new NameChange(EntityType.PLACE, "Kyiv", "Kiev"));

    assertThat(EntityStore.finalNames(renames))
        .containsExactly(new NameChange(EntityType.PLACE, "Kyiv", "Kiev"));
  }

  @Test
  void renamesOfDifferentTypesStayApart() {
    List<NameChange> renames =
        List.of(
            new NameChange(EntityType.PLACE, "Georgia", "Georgia (country)"),
            new NameChange(EntityType.PERSON, "Georgia (country)", "X"));

    assertThat(EntityStore.finalNames(renames)).hasSize(2);
  }
}
