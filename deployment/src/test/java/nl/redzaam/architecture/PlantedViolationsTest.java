package nl.redzaam.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shows that each architecture rule can fail: it is run on classes planted in test sources that
 * break it on purpose (packages named {@code planted*}), and must report them.
 */
class PlantedViolationsTest {

  private static JavaClasses planted(String... packages) {
    return new ClassFileImporter().importPackages(packages);
  }

  private static void assertCaught(ArchRule rule, JavaClasses classes) {
    assertThrows(AssertionError.class, () -> rule.check(classes), rule.getDescription());
  }

  @Test
  void a_domain_class_using_a_framework_is_caught() {
    assertCaught(
        HexagonalRules.domainDependsOnJavaOnly(), planted("nl.redzaam.domain.plantedframework"));
  }

  @Test
  void a_use_case_using_an_adapter_is_caught() {
    assertCaught(
        HexagonalRules.applicationDependsOnDomainOnly(),
        planted("nl.redzaam.application.plantedadapter"));
  }

  @Test
  void an_adapter_using_another_adapter_is_caught() {
    assertCaught(
        HexagonalRules.adaptersDoNotDependOnEachOther(),
        planted("nl.redzaam.adapters.plantedone", "nl.redzaam.adapters.plantedtwo"));
  }

  @Test
  void a_cycle_between_domain_packages_is_caught() {
    assertCaught(
        HexagonalRules.aggregatePackagesAreFreeOfCycles(),
        planted("nl.redzaam.domain.plantedcyclea", "nl.redzaam.domain.plantedcycleb"));
  }

  @Test
  void an_aggregate_held_by_object_is_caught() {
    assertCaught(
        HexagonalRules.aggregatesReferenceEachOtherById(),
        planted("nl.redzaam.domain.plantedholder"));
  }

  @Test
  void a_rest_resource_using_a_repository_is_caught() {
    assertCaught(
        HexagonalRules.restResourcesUseNoRepositories(),
        planted("nl.redzaam.adapters.rest.plantedresource"));
  }

  @Test
  void a_rule_about_an_empty_package_is_caught() {
    assertThrows(
        AssertionError.class,
        () ->
            HexagonalRules.requireNonEmpty(
                planted("nl.redzaam.domain.plantedholder"), List.of("nl.redzaam.nothing..")));
  }
}
