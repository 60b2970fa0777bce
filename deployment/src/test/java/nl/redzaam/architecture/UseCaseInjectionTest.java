package nl.redzaam.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The use cases are CDI beans through their {@code @Inject} constructor (ADR 0001): every
 * application service (a public class outside the ports whose public constructor takes what it
 * needs) carries it, except the few the WAR builds itself. A service without it would only fail
 * when the WAR deploys and something injects it.
 */
class UseCaseInjectionTest {

  /** Built by the WAR, because they need more than beans: configuration or a decorated chain. */
  private static final Set<String> BUILT_BY_THE_WAR =
      Set.of(
          "nl.redzaam.application.login.Authentication", // LoginUseCases: a decoy hash
          "nl.redzaam.application.mail.CoachNewsMails", // MailWiring: decorates the outbox
          "nl.redzaam.application.administration.catalogue.TailoredCatalogues"); // TailoredCatalogueRepository

  private static final List<JavaClass> APPLICATION =
      List.copyOf(
          new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("nl.redzaam.application"));

  @Test
  void every_application_service_has_an_inject_constructor() {
    Set<String> services = names(APPLICATION.stream().filter(UseCaseInjectionTest::isService));
    assertTrue(services.size() > 80, "found only " + services);
    Set<String> injectable =
        names(
            APPLICATION.stream()
                .filter(
                    type ->
                        publicConstructor(type)
                            .filter(c -> c.isAnnotatedWith(Inject.class))
                            .isPresent()));

    Set<String> expected = new TreeSet<>(services);
    expected.removeAll(BUILT_BY_THE_WAR);
    assertEquals(expected, injectable);
  }

  private static Set<String> names(Stream<JavaClass> types) {
    return types.map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
  }

  private static boolean isService(JavaClass type) {
    return type.isTopLevelClass()
        && type.getModifiers().contains(JavaModifier.PUBLIC)
        && !type.getModifiers().contains(JavaModifier.ABSTRACT)
        && !type.isInterface()
        && !type.isRecord()
        && !type.isEnum()
        && !type.isAssignableTo(Throwable.class)
        && !type.getPackageName().startsWith("nl.redzaam.application.port")
        && publicConstructor(type).filter(c -> !c.getRawParameterTypes().isEmpty()).isPresent();
  }

  private static Optional<JavaConstructor> publicConstructor(JavaClass type) {
    return type.getConstructors().stream()
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
        .findFirst();
  }
}
