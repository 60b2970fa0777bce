package nl.redzaam.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;

/**
 * The architecture rules, stated once so that the real code and the planted violations are checked
 * by exactly the same rules. Each rule refuses to pass on empty packages: {@link #requireNonEmpty}
 * fails when a package a rule speaks of has no classes.
 */
final class HexagonalRules {

  static final String DOMAIN = "nl.redzaam.domain..";
  static final String APPLICATION = "nl.redzaam.application..";
  static final String ADAPTERS = "nl.redzaam.adapters..";

  /** The aggregate packages of the domain; each holds one or more aggregate roots. */
  static final List<String> AGGREGATE_PACKAGES =
      List.of(
          "nl.redzaam.domain.municipality",
          "nl.redzaam.domain.resident",
          "nl.redzaam.domain.staff",
          "nl.redzaam.domain.catalogue",
          "nl.redzaam.domain.trajectory",
          "nl.redzaam.domain.growthplan");

  /** Aggregate roots: other aggregates may hold their ids, never the objects themselves. */
  static final Set<String> AGGREGATE_ROOTS =
      Set.of(
          "nl.redzaam.domain.municipality.Municipality",
          "nl.redzaam.domain.resident.Resident",
          "nl.redzaam.domain.staff.StaffMember",
          "nl.redzaam.domain.catalogue.Catalogue",
          "nl.redzaam.domain.trajectory.Trajectory",
          "nl.redzaam.domain.growthplan.GrowthPlan");

  private HexagonalRules() {}

  static ArchRule domainDependsOnJavaOnly() {
    return classes()
        .that()
        .resideInAPackage(DOMAIN)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", DOMAIN)
        .because("the domain is plain Java: nothing but the JDK");
  }

  static ArchRule applicationDependsOnDomainOnly() {
    return classes()
        .that()
        .resideInAPackage(APPLICATION)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", DOMAIN, APPLICATION)
        .because("use cases and ports know the domain, not the frameworks or adapters");
  }

  static ArchRule adaptersDoNotDependOnEachOther() {
    return slices()
        .matching("nl.redzaam.adapters.(*)..")
        .should()
        .notDependOnEachOther()
        .because("adapters meet only through the application's ports");
  }

  static ArchRule aggregatePackagesAreFreeOfCycles() {
    return slices()
        .matching("nl.redzaam.domain.(*)..")
        .should()
        .beFreeOfCycles()
        .because("aggregates depend on shared vocabulary, not on each other in circles");
  }

  static ArchRule aggregatesReferenceEachOtherById() {
    return fields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage(DOMAIN)
        .should(notHoldAnotherAggregateRoot())
        .because("an aggregate refers to another aggregate by its id, never by object");
  }

  private static ArchCondition<JavaField> notHoldAnotherAggregateRoot() {
    return new ArchCondition<>("not hold another aggregate's root") {
      @Override
      public void check(JavaField field, ConditionEvents events) {
        String ownPackage = field.getOwner().getPackageName();
        field.getAllInvolvedRawTypes().stream()
            .filter(type -> AGGREGATE_ROOTS.contains(type.getName()))
            .filter(type -> !type.getPackageName().equals(ownPackage))
            .forEach(
                type ->
                    events.add(
                        SimpleConditionEvent.violated(
                            field,
                            field.getFullName() + " holds the aggregate " + type.getName())));
      }
    };
  }

  /** Fails when one of the packages is empty in the imported classes, so no rule checks nothing. */
  static void requireNonEmpty(JavaClasses classes, List<String> packages) {
    for (String pkg : packages) {
      String prefix = pkg.replace("..", "");
      boolean present =
          classes.stream()
              .anyMatch(
                  c ->
                      pkg.endsWith("..")
                          ? c.getPackageName().startsWith(prefix)
                          : c.getPackageName().equals(prefix));
      if (!present) {
        throw new AssertionError("The architecture rules speak of " + pkg + " but it is empty");
      }
    }
  }
}
