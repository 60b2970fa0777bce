package nl.redzaam.application.usecase;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.application.port.Actor;
import nl.redzaam.domain.catalogue.AnswerType;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.AssignmentTemplate;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.catalogue.EvaluationQuestion;
import nl.redzaam.domain.catalogue.Question;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** Small building blocks for use-case tests. */
final class UseCaseFixtures {

  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  static final MunicipalityId MUNICIPALITY = new MunicipalityId(UUID.randomUUID());
  static final MunicipalityId OTHER_MUNICIPALITY = new MunicipalityId(UUID.randomUUID());
  static final StaffMemberId COACH = new StaffMemberId(UUID.randomUUID());
  static final StaffMemberId SPECIALIST = new StaffMemberId(UUID.randomUUID());
  static final ResidentId RESIDENT = new ResidentId(UUID.randomUUID());
  static final AssignmentCode WEEK_ONE = new AssignmentCode("T-01-1");

  private UseCaseFixtures() {}

  static Catalogue catalogue(TrajectoryType type) {
    EvaluationQuestion q = new EvaluationQuestion("hoe-gaat-het", "Hoe gaat het?");
    return new Catalogue(
        new CatalogueId(type, 1),
        LocalDate.of(2026, 1, 1),
        List.of(
            new AssignmentTemplate(
                WEEK_ONE,
                1,
                Theme.INCOME,
                "Je inkomen op een rij",
                "Schrijf op wat je elke maand krijgt.",
                null,
                List.of(),
                List.of(
                    new Question(
                        "bedrag", "Hoeveel krijg je?", AnswerType.AMOUNT, List.of(), true)),
                "Bespreek het bedrag.",
                null,
                false,
                Set.of(),
                List.<URI>of())),
        Map.of(
            EvaluationKind.START,
            List.of(q),
            EvaluationKind.MID,
            List.of(q),
            EvaluationKind.FINAL,
            List.of(q)));
  }

  /** A debt-assistance trajectory whose start conversation concluded on {@link #START}. */
  static Trajectory trajectoryInCoaching(Catalogue catalogue) {
    Trajectory t =
        Trajectory.start(
            new TrajectoryId(UUID.randomUUID()),
            MUNICIPALITY,
            RESIDENT,
            catalogue,
            Set.of(COACH),
            Set.of(SPECIALIST),
            SPECIALIST,
            START.minusSeconds(86400 * 5));
    t.invite(START.minusSeconds(86400 * 4));
    t.activate(START.minusSeconds(86400 * 3));
    t.openEvaluation(EvaluationKind.START, catalogue, COACH, START.minusSeconds(86400));
    t.concludeEvaluation(EvaluationKind.START, "We beginnen.", COACH, START);
    return Trajectory.restore(t.snapshot());
  }

  static Actor coach() {
    return new Actor.StaffActor(COACH, MUNICIPALITY, Set.of(StaffRole.COACH));
  }

  static Actor specialist() {
    return new Actor.StaffActor(SPECIALIST, MUNICIPALITY, Set.of(StaffRole.SPECIALIST));
  }

  static Actor resident() {
    return new Actor.ResidentActor(RESIDENT, MUNICIPALITY);
  }
}
