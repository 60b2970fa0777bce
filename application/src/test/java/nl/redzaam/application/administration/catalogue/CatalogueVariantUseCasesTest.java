package nl.redzaam.application.administration.catalogue;

import static nl.redzaam.application.fixtures.UseCaseFixtures.MUNICIPALITY;
import static nl.redzaam.application.fixtures.UseCaseFixtures.OTHER_MUNICIPALITY;
import static nl.redzaam.application.fixtures.UseCaseFixtures.WEEK_ONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.StaleVersion;
import nl.redzaam.application.administration.AdministratorAccess;
import nl.redzaam.application.fixtures.UseCaseFixtures;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.CatalogueVariantRepository;
import nl.redzaam.application.port.ConcurrentUpdateException;
import nl.redzaam.application.trajectory.CatalogueOf;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.catalogue.CatalogueVariant;
import nl.redzaam.domain.catalogue.Tailoring;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.junit.jupiter.api.Test;

/**
 * An administrator tailors the municipality's catalogue: reading and publishing variants, each
 * municipality only its own; new trajectories start on the newest variant, running ones keep
 * theirs.
 */
class CatalogueVariantUseCasesTest {

  private static final TrajectoryType DEBT = TrajectoryType.DEBT_ASSISTANCE;
  private static final AssignmentCode OWN = new AssignmentCode("GEM-01-1");

  private final List<Catalogue> nationalVersions =
      new ArrayList<>(List.of(UseCaseFixtures.catalogue(DEBT)));
  private final CatalogueRepository national =
      new CatalogueRepository() {
        @Override
        public Optional<Catalogue> find(CatalogueId id) {
          return nationalVersions.stream().filter(c -> c.id().equals(id)).findFirst();
        }

        @Override
        public Optional<Catalogue> current(TrajectoryType type) {
          return nationalVersions.stream()
              .filter(c -> c.id().type() == type)
              .max(Comparator.comparingInt(c -> c.id().version()));
        }
      };
  private final List<CatalogueVariant> stored = new ArrayList<>();
  private final CatalogueVariantRepository variants =
      new CatalogueVariantRepository() {
        @Override
        public Optional<CatalogueVariant> find(CatalogueId id) {
          return stored.stream().filter(v -> v.id().equals(id)).findFirst();
        }

        @Override
        public Optional<CatalogueVariant> newest(MunicipalityId municipality, TrajectoryType type) {
          return stored.stream()
              .filter(v -> v.municipality().equals(municipality) && v.id().type() == type)
              .max(Comparator.comparingInt(v -> v.id().version()));
        }

        @Override
        public void add(CatalogueVariant variant) {
          if (find(variant.id()).isPresent()) {
            throw new ConcurrentUpdateException("exists", null);
          }
          stored.add(variant);
        }
      };
  private final TailoredCatalogues catalogues = new TailoredCatalogues(national, variants);
  private Actor actor = administrator(MUNICIPALITY);
  private final AdministratorAccess access = new AdministratorAccess(null, null, null, null, null);

  private static Actor administrator(MunicipalityId municipality) {
    return new Actor.StaffActor(
        new StaffMemberId(UUID.randomUUID()), municipality, Set.of(StaffRole.ADMINISTRATOR));
  }

  private ReadCatalogueVariant read() {
    return new ReadCatalogueVariant(() -> actor, access, variants, catalogues);
  }

  private CatalogueId publish(long expected, Tailoring... tailorings) {
    return new PublishCatalogueVariant(
            () -> actor, access, catalogues, variants, () -> Instant.parse("2026-03-02T09:00:00Z"))
        .execute(new PublishCatalogueVariant.Command(DEBT, expected, List.of(tailorings)));
  }

  private static Tailoring.Add own() {
    return new Tailoring.Add(
        OWN, 1, Theme.INCOME, "Naar het Geldcafé", "Ga een keer naar het Geldcafé.", List.of());
  }

  @Test
  void without_a_variant_the_national_catalogue_applies() {
    ReadCatalogueVariant.View view = read().execute(DEBT);
    assertEquals(0, view.version());
    assertTrue(view.variant().isEmpty());
    assertEquals(new CatalogueId(DEBT, 1), view.startsOn().id());
  }

  @Test
  void publishing_makes_the_next_version_and_only_the_own_municipality_sees_it() {
    CatalogueId first = publish(0, new Tailoring.Hide(WEEK_ONE));
    CatalogueId second = publish(1, new Tailoring.Move(WEEK_ONE, 1), own());

    assertEquals(new CatalogueId(DEBT, 1, MUNICIPALITY), first);
    assertEquals(new CatalogueId(DEBT, 2, MUNICIPALITY), second);
    ReadCatalogueVariant.View view = read().execute(DEBT);
    assertEquals(2, view.version());
    assertEquals(second, view.startsOn().id());
    assertTrue(view.startsOn().assignment(OWN).isPresent());

    actor = administrator(OTHER_MUNICIPALITY);
    assertEquals(0, read().execute(DEBT).version());
    assertEquals(new CatalogueId(DEBT, 1), read().execute(DEBT).startsOn().id());
  }

  @Test
  void only_an_administrator_tailors() {
    actor = UseCaseFixtures.coach();
    assertThrows(AccessDenied.class, () -> read().execute(DEBT));
    assertThrows(AccessDenied.class, () -> publish(0, own()));
    assertTrue(stored.isEmpty());
  }

  @Test
  void a_change_on_an_old_version_is_refused() {
    publish(0, own());
    assertThrows(StaleVersion.class, () -> publish(0, new Tailoring.Hide(WEEK_ONE)));
    assertThrows(StaleVersion.class, () -> publish(2, new Tailoring.Hide(WEEK_ONE)));
    assertEquals(1, stored.size());
  }

  @Test
  void a_tailoring_that_does_not_fit_is_refused_and_nothing_is_published() {
    RuleViolation refused =
        assertThrows(RuleViolation.class, () -> publish(0, new Tailoring.Move(WEEK_ONE, 40)));
    assertEquals("week-outside-part", refused.rule());
    assertThrows(
        RuleViolation.class, () -> publish(0, new Tailoring.Hide(new AssignmentCode("X-1"))));
    assertTrue(stored.isEmpty());
  }

  @Test
  void new_trajectories_start_on_the_newest_variant_and_running_ones_keep_theirs() {
    publish(0, new Tailoring.Reword(WEEK_ONE, "Je geld op een rij", null));
    Trajectory running = startedOn(catalogues.currentFor(MUNICIPALITY, DEBT).orElseThrow());

    publish(1, new Tailoring.Hide(WEEK_ONE), own());
    // A new national version does not change what a variant is based on either.
    nationalVersions.add(
        new Catalogue(
            new CatalogueId(DEBT, 2),
            UseCaseFixtures.catalogue(DEBT).publishedOn(),
            List.of(),
            java.util.Arrays.stream(nl.redzaam.domain.method.EvaluationKind.values())
                .collect(
                    java.util.stream.Collectors.toMap(
                        k -> k, k -> UseCaseFixtures.catalogue(DEBT).evaluationQuestions(k)))));

    Catalogue kept = CatalogueOf.trajectory(catalogues, running);
    assertEquals(new CatalogueId(DEBT, 1, MUNICIPALITY), kept.id());
    assertEquals("Je geld op een rij", kept.assignment(WEEK_ONE).orElseThrow().title());
    Catalogue newest = catalogues.currentFor(MUNICIPALITY, DEBT).orElseThrow();
    assertEquals(new CatalogueId(DEBT, 2, MUNICIPALITY), newest.id());
    assertTrue(newest.assignment(WEEK_ONE).isEmpty());
    assertEquals(
        new CatalogueId(DEBT, 2), catalogues.currentFor(OTHER_MUNICIPALITY, DEBT).get().id());
    // The administrator reads what the newest variant tailors: its own base, not the newer one.
    assertEquals(new CatalogueId(DEBT, 1), read().execute(DEBT).base().id());
    actor = administrator(OTHER_MUNICIPALITY);
    assertEquals(new CatalogueId(DEBT, 2), read().execute(DEBT).base().id());
  }

  private static Trajectory startedOn(Catalogue catalogue) {
    return Trajectory.start(
        new TrajectoryId(UUID.randomUUID()),
        MUNICIPALITY,
        UseCaseFixtures.RESIDENT,
        catalogue,
        Set.of(UseCaseFixtures.COACH),
        Set.of(UseCaseFixtures.SPECIALIST),
        UseCaseFixtures.SPECIALIST,
        Instant.parse("2026-03-02T09:00:00Z"));
  }
}
