package nl.redzaam.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.redzaam.domain.shared.AggregateRoot;

/**
 * The architecture rules, stated once so that the real code and the planted violations are checked
 * by exactly the same rules. Each rule refuses to pass on empty packages: {@link #requireNonEmpty}
 * fails when a package a rule speaks of has no classes.
 */
final class HexagonalRules {

  static final String DOMAIN = "nl.redzaam.domain..";
  static final String APPLICATION = "nl.redzaam.application..";
  static final String ADAPTERS = "nl.redzaam.adapters..";

  /**
   * The aggregate roots: the domain's classes marked {@link AggregateRoot}. Other aggregates may
   * hold their ids, never the objects themselves.
   */
  static SortedSet<String> aggregateRoots(JavaClasses classes) {
    return classes.stream()
        .filter(c -> !c.isInterface() && c.isAssignableTo(AggregateRoot.class))
        .map(JavaClass::getSimpleName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The packages that hold the aggregate roots. */
  static List<String> aggregatePackages(JavaClasses classes) {
    return classes.stream()
        .filter(c -> !c.isInterface() && c.isAssignableTo(AggregateRoot.class))
        .map(JavaClass::getPackageName)
        .distinct()
        .sorted()
        .toList();
  }

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
        .resideInAnyPackage("java..", "jakarta.inject..", DOMAIN, APPLICATION)
        .because(
            "use cases and ports know the domain, not the frameworks or adapters; @Inject only"
                + " marks the constructor a container calls (ADR 0001)");
  }

  static ArchRule adaptersDoNotDependOnEachOther() {
    return slices()
        .matching("nl.redzaam.adapters.(*)..")
        .should()
        .notDependOnEachOther()
        .because("adapters meet only through the application's ports");
  }

  static ArchRule restResourcesUseNoRepositories() {
    return noClasses()
        .that()
        .resideInAPackage("nl.redzaam.adapters.rest..")
        .and()
        .areAnnotatedWith("jakarta.ws.rs.Path")
        .should()
        .dependOnClassesThat(
            resideInAPackage("nl.redzaam.application.port..")
                .and(simpleNameEndingWith("Repository")))
        .because(
            "a REST resource calls use cases and query ports, so that what it reads goes through"
                + " their access checks (only security.AuthenticatedUser, which implements the"
                + " CurrentUser port, reads accounts itself)");
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
            .filter(type -> !type.isInterface() && type.isAssignableTo(AggregateRoot.class))
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
