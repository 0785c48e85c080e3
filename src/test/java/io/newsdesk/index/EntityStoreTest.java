package io.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.article.EntityNameChange;
import io.newsdesk.article.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityStoreTest {

  @Test
  void aChainOfRenamesLeadsEveryOldNameToTheLastOne() {
    List<EntityNameChange> renames =
        List.of(
            new EntityNameChange(EntityType.PERSON, "Zelenskiy", "Zelenskyy"),
            new EntityNameChange(EntityType.PERSON, "Zelenskyy", "Zelensky"));

    assertThat(EntityStore.finalNames(renames))
        .containsExactly(
            new EntityNameChange(EntityType.PERSON, "Zelenskiy", "Zelensky"),
            new EntityNameChange(EntityType.PERSON, "Zelenskyy", "Zelensky"));
  }

  @Test
  void aRenameBackToTheOriginalNameIsNoRename() {
    List<EntityNameChange> renames =
        List.of(
            new EntityNameChange(EntityType.PLACE, "Kiev", "Kyiv"),
            new EntityNameChange(EntityType.PLACE, "Kyiv", "Kiev"));

    assertThat(EntityStore.finalNames(renames))
        .containsExactly(new EntityNameChange(EntityType.PLACE, "Kyiv", "Kiev"));
  }

  @Test
  void renamesOfDifferentTypesStayApart() {
    List<EntityNameChange> renames =
        List.of(
            new EntityNameChange(EntityType.PLACE, "Georgia", "Georgia (country)"),
            new EntityNameChange(EntityType.PERSON, "Georgia (country)", "X"));

    assertThat(EntityStore.finalNames(renames)).hasSize(2);
  }
}
