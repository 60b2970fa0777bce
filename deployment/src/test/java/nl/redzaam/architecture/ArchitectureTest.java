package nl.redzaam.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hexagon's dependency rules, checked on the production code of all modules. */
class ArchitectureTest {

  private static JavaClasses production;

  @BeforeAll
  static void importProductionCode() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.redzaam");
  }

  @Test
  void the_domain_depends_on_the_jdk_only() {
    HexagonalRules.requireNonEmpty(production, List.of(HexagonalRules.DOMAIN));
    HexagonalRules.domainDependsOnJavaOnly().check(production);
  }

  @Test
  void the_application_depends_on_the_domain_only() {
    HexagonalRules.requireNonEmpty(
        production, List.of(HexagonalRules.APPLICATION, HexagonalRules.DOMAIN));
    HexagonalRules.applicationDependsOnDomainOnly().check(production);
  }

  @Test
  void adapters_do_not_depend_on_each_other() {
    HexagonalRules.requireNonEmpty(
        production,
        List.of(
            "nl.redzaam.adapters.persistence..",
            "nl.redzaam.adapters.rest..",
            "nl.redzaam.adapters.catalogue..",
            "nl.redzaam.adapters.mail..",
            "nl.redzaam.adapters.openidconnect.."));
    HexagonalRules.adaptersDoNotDependOnEachOther().check(production);
  }

  @Test
  void rest_resources_use_no_repositories() {
    HexagonalRules.requireNonEmpty(production, List.of("nl.redzaam.adapters.rest.."));
    HexagonalRules.restResourcesUseNoRepositories().check(production);
  }

  @Test
  void aggregate_packages_have_no_cycles() {
    HexagonalRules.requireNonEmpty(production, HexagonalRules.aggregatePackages(production));
    HexagonalRules.aggregatePackagesAreFreeOfCycles().check(production);
  }

  @Test
  void aggregates_reference_each_other_by_id() {
    assertTrue(
        HexagonalRules.aggregateRoots(production).size() >= 12,
        "the aggregate roots are the classes marked AggregateRoot: "
            + HexagonalRules.aggregateRoots(production));
    HexagonalRules.aggregatesReferenceEachOtherById().check(production);
  }
}
