package nl.redzaam.adapters.rest.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.redzaam.adapters.rest.v1.administration.catalogue.CatalogueVariantsResource;
import nl.redzaam.application.port.MailPreferences;
import nl.redzaam.application.trajectory.tempo.ChangeTrajectoryTempo;
import nl.redzaam.application.trajectory.weeklywork.ReviewAnswers;
import nl.redzaam.domain.budget.Frequency;
import nl.redzaam.domain.budget.ResidentBudgetRight;
import nl.redzaam.domain.catalogue.AnswerType;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Module;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.trajectory.EarlyStopReason;
import nl.redzaam.domain.trajectory.ParticipantRole;
import nl.redzaam.domain.trajectory.ScreeningKind;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Request fields that take one of a fixed set of values. The request records carry them as text (so
 * that a wrong value is a clear 400 naming the field); the document lists the values, taken from
 * the Java enums themselves so that they never go stale, and generated clients get enums.
 */
public final class EnumeratedFields {

  /** "Schema.property" to its values; for an array property, the values of its items. */
  public static final Map<String, List<String>> FIELDS =
      Map.ofEntries(
          Map.entry("NewTrajectory.trajectoryType", names(TrajectoryType.values())),
          Map.entry("TempoChange.change", names(ChangeTrajectoryTempo.Change.values())),
          Map.entry("Review.verdict", names(ReviewAnswers.Verdict.values())),
          Map.entry("NewEvaluation.kind", names(EvaluationKind.values())),
          Map.entry("OwnAnswers.answeringAs", names(ParticipantRole.values())),
          Map.entry(
              "Conclusion.outcome", Arrays.stream(Outcome.values()).map(Outcome::step).toList()),
          Map.entry("NewGoal.theme", names(Theme.values())),
          Map.entry("NewOwnAssignment.theme", names(Theme.values())),
          Map.entry("NewQuestion.answerType", names(AnswerType.values())),
          Map.entry("CatalogueTailoring.kind", names(CatalogueVariantsResource.Kind.values())),
          Map.entry("CatalogueTailoring.theme", names(Theme.values())),
          Map.entry("NewScreening.kind", names(ScreeningKind.values())),
          Map.entry("NewEarlyStop.reason", names(EarlyStopReason.values())),
          Map.entry("ResidentBudgetRightChange.right", names(ResidentBudgetRight.values())),
          Map.entry("BudgetIncome.frequency", names(Frequency.values())),
          Map.entry("BudgetExpense.frequency", names(Frequency.values())),
          Map.entry("BudgetDebt.frequency", names(Frequency.values())),
          Map.entry("PurchasedModules.modules", names(Module.values())),
          Map.entry("NewStaffMember.roles", names(StaffRole.values())),
          Map.entry("Roles.roles", names(StaffRole.values())),
          Map.entry("MailPreferencesChange.coachNews", names(MailPreferences.CoachNews.values())),
          Map.entry("Unsubscription.mails", names(MailPreferences.OptionalMail.values())));

  private EnumeratedFields() {}

  /** Lists the values on every field of {@link #FIELDS} the document has. */
  static void apply(OpenAPI document) {
    if (document.getComponents() == null || document.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = document.getComponents().getSchemas();
    FIELDS.forEach(
        (field, values) -> {
          String[] parts = field.split("\\.");
          Schema schema = schemas.get(parts[0]);
          Schema property =
              schema == null || schema.getProperties() == null
                  ? null
                  : schema.getProperties().get(parts[1]);
          if (property != null) {
            Schema target = property.getItems() != null ? property.getItems() : property;
            target.setEnumeration(new ArrayList<>(values));
          }
        });
  }

  private static List<String> names(Enum<?>[] values) {
    return Stream.of(values).map(Enum::name).toList();
  }
}
