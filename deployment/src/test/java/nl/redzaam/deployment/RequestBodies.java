package nl.redzaam.deployment;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.UUID;
import nl.redzaam.deployment.MatrixWorld.Actor;
import nl.redzaam.deployment.MatrixWorld.Role;

/**
 * A well-formed body for each request schema of the API, so that an operation's answer is decided
 * by who asks, not by a malformed request. Whether the change is possible in the trajectory's state
 * (a 409 or 422) does not matter to the matrix.
 */
final class RequestBodies {

  private RequestBodies() {}

  static JsonObject of(String schema, Actor actor, MatrixWorld world) {
    var body = Json.createObjectBuilder();
    switch (schema) {
      case "Answers", "DraftAnswers" -> {
        return world.answers;
      }
      case "CatalogueVariantChange" ->
          body.add(
              "tailorings",
              Json.createArrayBuilder()
                  .add(
                      Json.createObjectBuilder()
                          .add("kind", "HIDE")
                          .add("assignmentCode", world.assignmentCode)));
      // The public doors, with values that name no one (the fuzz suite knocks on them).
      case "Activation", "NewPassword" ->
          body.add("token", "geen-bestaand-token").add("password", "een lange eigen zin");
      case "Credentials" -> body.add("email", "niemand@example.org").add("password", "geheim-1234");
      case "ResetRequest" -> body.add("email", "niemand@example.org");
      case "SecondFactorAnswer" -> body.add("challenge", "geen-challenge").add("code", "000000");
      case "Code" -> body.add("code", "000000");
      case "Conclusion" -> body.add("jointConclusion", "We hebben het samen besproken.");
      case "HouseColourChange" -> body.add("colour", "#154273");
      case "CourtAdviceChange" ->
          body.add("recommendation", "END").add("reasons", "De inwoner regelt het zelf.");
      case "HeldCheckIn" -> body.add("summary", "Het gaat goed.");
      case "MailPreferencesChange" ->
          body.add("weeklyAssignments", true).add("reminders", true).add("coachNews", "EACH");
      case "MessageReadingRequest" -> body.add("upToMessageId", world.messageId);
      case "NewAgreement" -> body.add("description", "Elke week de post openen.");
      case "NewBudgetPlan" ->
          body.add(
                  "incomes",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("source", "Loon")
                              .add("amount", "1500.00")
                              .add("frequency", "MONTHLY")))
              .add("expenses", Json.createArrayBuilder())
              .add("debts", Json.createArrayBuilder());
      case "NewCheckIn" -> body.add("plannedOn", LocalDate.now().plusDays(7).toString());
      case "NewConversation" ->
          body.add("startsAt", LocalDate.now().plusDays(7).atTime(10, 0).toString())
              .add("place", "Gemeentehuis, kamer 2.14");
      case "NewCoachTeam" ->
          body.add("name", "Team " + unique()).add("memberIds", list(world.spareCoach));
      case "NewEarlyStop" -> body.add("reason", "OTHER").add("explanation", "Verhuisd.");
      case "NewEvaluation" -> body.add("kind", "MID");
      case "NewGoal" ->
          body.add("description", "Rekeningen op tijd betalen.").add("theme", "INCOME");
      case "NewGrant" -> body.add("organisationId", world.spareOrganisation);
      case "NewMember" -> body.add("coachId", world.spareCoach);
      case "NewMessage" -> body.add("text", "Hallo.");
      case "NewNote" -> body.add("assignmentCode", world.assignmentCode).add("text", "Help?");
      case "NewOrganisation" -> body.add("name", "Organisatie " + unique());
      case "NewOwnAssignment" ->
          body.add("week", 26)
              .add("theme", "BEING_PREPARED")
              .add("title", "Eigen opdracht")
              .add("instruction", "Zoek je polis op.")
              .add(
                  "questions",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("id", "gevonden")
                              .add("text", "Heb je hem gevonden?")
                              .add("answerType", "YES_NO")
                              .add("required", true)));
      case "NewProgress" -> body.add("goalId", world.goalId).add("text", "Het lukt steeds beter.");
      case "NewReply" -> body.add("text", "Ik bel je morgen.");
      case "NewScreening" -> {
        body.add("kind", "START");
        if (actor.role() == Role.RESIDENT) {
          body.add("selfAssessmentAnswers", Json.createObjectBuilder().add("1", 3));
        } else {
          body.add("instrument", "Zelfredzaamheidsmatrix")
              .add("scores", Json.createObjectBuilder().add("INCOME", 3));
        }
      }
      case "NewStaffMember" ->
          body.add("name", "Collega")
              .add("email", unique() + "@aland.example")
              .add("roles", list("COACH"));
      case "NewTrajectory" ->
          body.add("residentFirstName", "Sam")
              .add("residentLastName", "de Vries")
              .add("residentEmail", unique() + "@aland.example")
              .add("trajectoryType", "DEBT_ASSISTANCE")
              .add("coachIds", list(world.actors.get(Role.COACH).id().toString()))
              .add("specialistIds", list(actor.id().toString()));
      case "NewWorker" ->
          body.add("name", "Vrijwilliger").add("email", unique() + "@aland.example");
      case "OwnAnswers" ->
          body.add("answers", Json.createObjectBuilder()).add("answeringAs", answeringAs(actor));
      case "PurchasedModules" -> body.add("modules", list("DEBT_ASSISTANCE_AND_BUDGET_MANAGEMENT"));
      case "ResidentBudgetRightChange" -> body.add("right", "READ_AND_EDIT");
      case "Review" -> body.add("verdict", "APPROVED");
      case "Roles" -> body.add("roles", list("COACH"));
      case "SecondFactorRuleBody" -> body.add("rule", "ADMINISTRATORS");
      case "IdentityProviderSettings" ->
          body.add("issuer", world.identityProviderIssuer)
              .add("clientId", "redzaam")
              .add("accountClaim", "email");
      case "IdentityProviderTicket" -> body.add("ticket", "geen-bestaand-ticket");
      case "StressChange" -> body.add("stressed", true).add("reason", "Dit helpt je verder.");
      case "TempoChange" -> body.add("change", "NORMAL");
      case "Unsubscription" -> body.add("token", "geen-bestaand-token").add("mails", "REMINDERS");
      default -> throw new IllegalStateException("No example body for schema " + schema);
    }
    return body.build();
  }

  private static String answeringAs(Actor actor) {
    return switch (actor.role()) {
      case COACH -> "COACH";
      case SPECIALIST -> "SPECIALIST";
      default -> "RESIDENT";
    };
  }

  private static JsonArrayBuilder list(String value) {
    return Json.createArrayBuilder().add(value);
  }

  private static String unique() {
    return "m" + UUID.randomUUID().toString().substring(0, 8);
  }
}
