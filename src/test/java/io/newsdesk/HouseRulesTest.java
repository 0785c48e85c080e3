package io.newsdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The house rules of the README's package map, checked on the compiled main classes: a class that
 * breaks one fails the build with the dependency that breaks it.
 */
class HouseRulesTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.newsdesk");

  private static final String[] CLIENT = {"co.elastic..", "org.elasticsearch.client.."};

  @Test
  void packagesDependOnEachOtherWithoutCycles() {
    slices().matching("io.newsdesk.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void onlyIndexSearchAndAFeaturesStoreUseTheElasticsearchClient() {
    noClasses()
        .that()
        .resideOutsideOfPackages("io.newsdesk.index..", "io.newsdesk.search..")
        .and()
        .haveSimpleNameNotEndingWith("Store")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(CLIENT)
        .because("storage is reached through index, search or a feature's own ...Store class")
        .check(MAIN);
  }

  @Test
  void pagesTalkToServicesNeverToStorage() {
    noClasses()
        .that()
        .resideInAPackage("io.newsdesk.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.newsdesk.index..", "io.newsdesk.node..", CLIENT[0], CLIENT[1])
        .check(MAIN);
  }

  @Test
  void nothingDependsOnThePages() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.newsdesk.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.newsdesk.web..")
        .check(MAIN);
  }

  @Test
  void theIndexKnowsOnlyTheDomainRecords() {
    noClasses()
        .that()
        .resideInAPackage("io.newsdesk.index..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.newsdesk.enrich..",
            "io.newsdesk.ingest..",
            "io.newsdesk.search..",
            "io.newsdesk.stories..",
            "io.newsdesk.pipeline..",
            "io.newsdesk.saved..",
            "io.newsdesk.feeds..",
            "io.newsdesk.cli..")
        .check(MAIN);
  }

  @Test
  void domainRecordsImportNoFramework() {
    classes()
        .that()
        .resideInAPackage("io.newsdesk.article..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "io.newsdesk.article..")
        .check(MAIN);
  }
}
