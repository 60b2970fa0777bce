package nl.redzaam.adapters.persistence.jpa;

import static nl.redzaam.adapters.persistence.jpa.TrajectoryLife.newId;
import static nl.redzaam.domain.fixtures.SampleDays.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.redzaam.adapters.persistence.jpa.TrajectoryLife.People;
import nl.redzaam.adapters.persistence.jpa.catalogue.JpaCatalogueVariantRepository;
import nl.redzaam.adapters.persistence.jpa.municipality.JpaMunicipalityRepository;
import nl.redzaam.adapters.persistence.jpa.resident.JpaResidentRepository;
import nl.redzaam.adapters.persistence.jpa.staff.JpaStaffMemberRepository;
import nl.redzaam.adapters.persistence.jpa.trajectory.JpaTrajectoryRepository;
import nl.redzaam.application.port.ConcurrentUpdateException;
import nl.redzaam.domain.catalogue.AnswerType;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.catalogue.CatalogueVariant;
import nl.redzaam.domain.catalogue.Question;
import nl.redzaam.domain.catalogue.Tailoring;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.junit.jupiter.api.Test;

/**
 * What the catalogue variant store promises, against a real database: every kind of tailoring
 * round-trips in order, the newest version is found per municipality and type, a version is
 * published once, and a trajectory started on a variant keeps that variant's id.
 */
abstract class CatalogueVariantStoreContract extends DatabaseContract {

  private static final CatalogueId DEBT_V1 = new CatalogueId(TrajectoryType.DEBT_ASSISTANCE, 1);

  @Test
  void a_variant_round_trips_with_every_kind_of_tailoring_in_order() {
    MunicipalityId m = storedPeople().municipality().id();
    CatalogueVariant variant =
        new CatalogueVariant(
            new CatalogueId(TrajectoryType.DEBT_ASSISTANCE, 1, m),
            DEBT_V1,
            LocalDate.of(2026, 3, 1),
            List.of(
                new Tailoring.Move(code("SHV-05-1"), 6),
                new Tailoring.Hide(code("SHV-01-1")),
                new Tailoring.Reword(code("SHV-03-1"), null, "Zoek je post bij elkaar."),
                new Tailoring.Add(
                    code("GEM-02-1"),
                    2,
                    Theme.INCOME,
                    "Naar het Geldcafé",
                    "Ga een keer naar het Geldcafé.",
                    List.of(
                        new Question(
                            "hoe",
                            "Hoe ging het?",
                            AnswerType.CHOICE,
                            List.of("Goed", "Niet"),
                            true),
                        new Question(
                            "wat", "Wat leerde je?", AnswerType.FREE_TEXT, List.of(), false)))));
    run(r -> r.variants().add(variant));

    assertEquals(Optional.of(variant), inTransaction(r -> r.variants().find(variant.id())));
    assertEquals(Optional.empty(), inTransaction(r -> r.variants().find(DEBT_V1)));
    assertEquals(
        Optional.empty(),
        inTransaction(
            r -> r.variants().find(new CatalogueId(TrajectoryType.DEBT_ASSISTANCE, 2, m))));
  }

  @Test
  void the_newest_version_is_found_per_municipality_and_type_and_published_once() {
    MunicipalityId m = storedPeople().municipality().id();
    MunicipalityId other = storedPeople().municipality().id();
    CatalogueVariant v1 = variant(m, 1, new Tailoring.Hide(code("SHV-01-1")));
    CatalogueVariant v2 = variant(m, 2, new Tailoring.Hide(code("SHV-05-1")));
    run(r -> r.variants().add(v1));
    run(r -> r.variants().add(v2));

    assertEquals(
        Optional.of(v2),
        inTransaction(r -> r.variants().newest(m, TrajectoryType.DEBT_ASSISTANCE)));
    assertEquals(
        Optional.empty(),
        inTransaction(r -> r.variants().newest(m, TrajectoryType.BUDGET_MANAGEMENT)));
    assertEquals(
        Optional.empty(),
        inTransaction(r -> r.variants().newest(other, TrajectoryType.DEBT_ASSISTANCE)));
    assertThrows(
        ConcurrentUpdateException.class,
        () -> run(r -> r.variants().add(variant(m, 2, new Tailoring.Hide(code("SHV-03-1"))))));
    assertEquals(Optional.of(v2), inTransaction(r -> r.variants().find(v2.id())));
  }

  @Test
  void a_trajectory_on_a_variant_keeps_the_variants_id() {
    People p = storedPeople();
    CatalogueId variantId =
        new CatalogueId(TrajectoryType.DEBT_ASSISTANCE, 3, p.municipality().id());
    Trajectory t =
        Trajectory.start(
            new TrajectoryId(newId()),
            p.municipality().id(),
            p.r(),
            new CatalogueVariant(
                    variantId, TrajectoryLife.CATALOGUE.id(), LocalDate.of(2026, 3, 1), List.of())
                .applyTo(TrajectoryLife.CATALOGUE),
            Set.of(p.c()),
            Set.of(p.s()),
            p.s(),
            day(-21));
    run(r -> r.trajectories().add(t));

    assertEquals(
        variantId, inTransaction(r -> r.trajectories().find(t.id())).orElseThrow().catalogueId());
    Trajectory national = TrajectoryLife.started(new TrajectoryId(newId()), p);
    run(r -> r.trajectories().add(national));
    assertEquals(
        national.catalogueId(),
        inTransaction(r -> r.trajectories().find(national.id())).orElseThrow().catalogueId());
  }

  private static CatalogueVariant variant(MunicipalityId m, int version, Tailoring... tailorings) {
    return new CatalogueVariant(
        new CatalogueId(TrajectoryType.DEBT_ASSISTANCE, version, m),
        DEBT_V1,
        LocalDate.of(2026, 3, version),
        List.of(tailorings));
  }

  private static AssignmentCode code(String value) {
    return new AssignmentCode(value);
  }

  private <T> T inTransaction(Function<Stores, T> work) {
    return inNewTransaction(em -> work.apply(Stores.on(em)));
  }

  private void run(java.util.function.Consumer<Stores> work) {
    inTransaction(
        r -> {
          work.accept(r);
          return null;
        });
  }

  record Stores(
      JpaCatalogueVariantRepository variants,
      JpaMunicipalityRepository municipalities,
      JpaResidentRepository residents,
      JpaStaffMemberRepository staff,
      JpaTrajectoryRepository trajectories) {
    static Stores on(EntityManager em) {
      return new Stores(
          new JpaCatalogueVariantRepository(em),
          new JpaMunicipalityRepository(em),
          new JpaResidentRepository(em),
          new JpaStaffMemberRepository(em),
          new JpaTrajectoryRepository(em));
    }
  }
}
