package nl.redzaam.apiclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.redzaam.client.ApiClient;
import nl.redzaam.client.ApiException;
import nl.redzaam.client.ApiResponse;
import nl.redzaam.client.api.AccountApi;
import nl.redzaam.client.api.AdministrationApi;
import nl.redzaam.client.api.AftercareApi;
import nl.redzaam.client.api.AssignmentsApi;
import nl.redzaam.client.api.EvaluationsApi;
import nl.redzaam.client.api.GrowthPlanApi;
import nl.redzaam.client.api.NotesApi;
import nl.redzaam.client.api.ScreeningsApi;
import nl.redzaam.client.api.TrajectoriesApi;
import nl.redzaam.client.model.Activation;
import nl.redzaam.client.model.Answers;
import nl.redzaam.client.model.AssignmentView;
import nl.redzaam.client.model.CheckInView;
import nl.redzaam.client.model.Conclusion;
import nl.redzaam.client.model.CreatedStaffMember;
import nl.redzaam.client.model.DraftAnswers;
import nl.redzaam.client.model.EvaluationView;
import nl.redzaam.client.model.HeldCheckIn;
import nl.redzaam.client.model.Invitation;
import nl.redzaam.client.model.ModuleView;
import nl.redzaam.client.model.NewAgreement;
import nl.redzaam.client.model.NewCheckIn;
import nl.redzaam.client.model.NewEvaluation;
import nl.redzaam.client.model.NewGoal;
import nl.redzaam.client.model.NewNote;
import nl.redzaam.client.model.NewReply;
import nl.redzaam.client.model.NewScreening;
import nl.redzaam.client.model.NewSession;
import nl.redzaam.client.model.NewStaffMember;
import nl.redzaam.client.model.NewTrajectory;
import nl.redzaam.client.model.OwnAnswers;
import nl.redzaam.client.model.Problem;
import nl.redzaam.client.model.PurchasedModules;
import nl.redzaam.client.model.Review;
import nl.redzaam.client.model.TempoChange;
import nl.redzaam.client.model.TrajectoryView;
import nl.redzaam.client.model.WeekView;
import nl.redzaam.deployment.PostgresqlRequired;
import nl.redzaam.deployment.RedzaamWar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * One resident's trajectory from invitation to outcome, driven only through the Java client
 * generated from the served OpenAPI document, as an integrator would: the administrator buys the
 * module and adds a coach and a specialist, who activate their accounts; the specialist starts the
 * trajectory and invites the resident; the coach holds the start conversation, reviews the first
 * week's answers, keeps the growth plan, holds the mid and final evaluations and records the
 * outcome. Every step checks what the client returns: states, ETags, problems.
 *
 * <p>Everything happens on one day, on the server's own clock. The method plans the mid evaluation
 * for week 18 and the final evaluation after the last week, but the domain leaves the moment to the
 * coach (only the stage is enforced; {@code midEvaluationDue} is advice), so the journey holds them
 * early instead of moving the clock.
 */
@ExtendWith(PostgresqlRequired.class)
@ExtendWith(ArquillianExtension.class)
class ResidentJourneyIT {

  static final String ADMIN = GeneratedClientIT.ADMIN;
  static final String ADMIN_PASSWORD = GeneratedClientIT.ADMIN_PASSWORD;

  static final String COACH_EMAIL = "coach.jansen@testdorp.example";
  static final String SPECIALIST_EMAIL = "schuldhulp.de.vries@testdorp.example";
  static final String RESIDENT_EMAIL = "inwoner.bakker@voorbeeld.example";

  static final String DEBT_MODULE = "DEBT_ASSISTANCE_AND_BUDGET_MANAGEMENT";

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive redzaam() {
    return RedzaamWar.asBuilt();
  }

  @Test
  void a_resident_goes_from_invitation_to_the_outcome() throws Exception {
    ApiClient admin = logIn(ADMIN, ADMIN_PASSWORD, "STAFF");

    purchaseTheDebtAssistanceModule(admin);
    UUID coachId = addAndActivate(admin, "Coach Jansen", COACH_EMAIL, "COACH", "Kade-Tulp-8841");
    UUID specialistId =
        addAndActivate(
            admin, "Schuldhulp de Vries", SPECIALIST_EMAIL, "SPECIALIST", "Brug-Lantaarn-5520");
    ApiClient coach = logIn(COACH_EMAIL, "Kade-Tulp-8841", "STAFF");
    ApiClient specialist = logIn(SPECIALIST_EMAIL, "Brug-Lantaarn-5520", "STAFF");

    String trajectoryId = startTrajectory(specialist, coachId, specialistId);
    ApiClient resident = inviteAndActivateTheResident(specialist, trajectoryId);

    recordScreening(coach, trajectoryId, "START", "2.0", "3.0");
    holdTheStartConversation(coach, specialist, resident, trajectoryId);
    workOnTheFirstWeek(coach, resident, trajectoryId);
    leaveANoteAndReply(coach, resident, trajectoryId, coachId);
    holdTheMidEvaluation(coach, resident, trajectoryId);
    recordScreening(coach, trajectoryId, "END", "3.5", "4.0");
    compareTheScreenings(resident, trajectoryId);
    holdTheFinalEvaluationAndDecideTheOutcome(coach, specialist, resident, trajectoryId);
    holdACheckInAndClose(coach, resident, trajectoryId);
  }

  // ---------------------------------------------------------------- administration

  private void purchaseTheDebtAssistanceModule(ApiClient admin) throws Exception {
    var administration = new AdministrationApi(admin);
    var read = administration.municipalityWithHttpInfo();
    assertTrue(read.getData().getPurchasedModules().isEmpty(), read.getData().toString());
    String etag = etag(read);

    var modules =
        new PurchasedModules()
            .modules(List.of(PurchasedModules.ModulesEnum.fromValue(DEBT_MODULE)));
    expectProblem(412, "stale-version", () -> administration.changeModules("\"999\"", modules));
    administration.changeModules(etag, modules);

    var after = administration.municipalityWithHttpInfo();
    assertNotEquals(etag, etag(after));
    List<String> purchased =
        after.getData().getPurchasedModules().stream().map(ModuleView::getModule).toList();
    assertEquals(List.of(DEBT_MODULE), purchased);
    assertTrue(
        after
            .getData()
            .getPurchasedModules()
            .get(0)
            .getTrajectoryTypes()
            .contains("DEBT_ASSISTANCE"));
  }

  /** The administrator adds a colleague, who activates the account from the link. */
  private UUID addAndActivate(
      ApiClient admin, String name, String email, String role, String password) throws Exception {
    CreatedStaffMember created =
        new AdministrationApi(admin)
            .createStaffMember(
                new NewStaffMember()
                    .name(name)
                    .email(email)
                    .roles(List.of(NewStaffMember.RolesEnum.fromValue(role))));
    assertEquals(email, created.getStaffMember().getEmail());
    assertEquals(List.of(role), created.getStaffMember().getRoles());
    String token = tokenFrom(created.getActivationLink().toString());
    assertEquals(created.getActivationToken(), token);

    var account = new AccountApi(client(null));
    account.activate(
        new Activation().token(token).password(password).privacyStatementAccepted(true));
    // The link works once.
    expectProblem(
        422,
        "activation-link-invalid",
        () ->
            account.activate(
                new Activation().token(token).password(password).privacyStatementAccepted(true)));
    return created.getStaffMember().getId();
  }

  // ---------------------------------------------------------------- steps 1-3

  private String startTrajectory(ApiClient specialist, UUID coachId, UUID specialistId)
      throws Exception {
    var trajectories = new TrajectoriesApi(specialist);
    UUID id =
        trajectories
            .start(
                new NewTrajectory()
                    .residentFirstName("Sanne")
                    .residentLastName("Bakker")
                    .residentEmail(RESIDENT_EMAIL)
                    .trajectoryType(NewTrajectory.TrajectoryTypeEnum.DEBT_ASSISTANCE)
                    .coachIds(List.of(coachId.toString()))
                    .specialistIds(List.of(specialistId.toString())))
            .getId();
    assertNotNull(id);

    TrajectoryView started = trajectories.trajectory(id.toString());
    assertEquals("SELECTED", started.getStage());
    assertEquals(1, started.getStep());
    assertEquals("DEBT_ASSISTANCE", started.getTrajectoryType());
    assertEquals(0, started.getCurrentWeek());
    assertEquals(List.of(coachId), started.getCoachIds());
    assertEquals(List.of(specialistId), started.getSpecialistIds());
    assertNull(started.getOutcome());
    return id.toString();
  }

  private ApiClient inviteAndActivateTheResident(ApiClient specialist, String trajectoryId)
      throws Exception {
    var trajectories = new TrajectoriesApi(specialist);
    Invitation invitation = trajectories.invite(trajectoryId);
    String token = tokenFrom(invitation.getActivationLink().toString());
    assertEquals(invitation.getActivationToken(), token);
    assertNotNull(invitation.getExpiresAt());
    assertEquals("INVITED", trajectories.trajectory(trajectoryId).getStage());

    String password = "Fiets-Molen-7713";
    new AccountApi(client(null))
        .activate(new Activation().token(token).password(password).privacyStatementAccepted(true));
    ApiClient resident = logIn(RESIDENT_EMAIL, password, "RESIDENT");

    // The app finds her trajectory after login: the invitation names none.
    var mine = new AccountApi(resident).ownTrajectories().getItems();
    assertEquals(1, mine.size());
    assertEquals(trajectoryId, mine.get(0).getId().toString());
    assertEquals("ACTIVATED", mine.get(0).getStage());
    expectProblem(403, "forbidden", () -> new AccountApi(specialist).ownTrajectories());

    TrajectoryView own = new TrajectoriesApi(resident).trajectory(trajectoryId);
    assertEquals("ACTIVATED", own.getStage());
    assertEquals(new AccountApi(resident).me().getId(), own.getResidentId());
    return resident;
  }

  // ---------------------------------------------------------------- screenings (4 and 9)

  private void recordScreening(
      ApiClient coach, String trajectoryId, String kind, String money, String paperwork)
      throws Exception {
    var recorded =
        new ScreeningsApi(coach)
            .record(
                trajectoryId,
                new NewScreening()
                    .kind(NewScreening.KindEnum.fromValue(kind))
                    .instrument("Mesis")
                    .scores(
                        Map.of(
                            "Financien",
                            new BigDecimal(money),
                            "Administratie",
                            new BigDecimal(paperwork))));
    assertEquals(kind, recorded.getKind());
    assertEquals("Mesis", recorded.getInstrument());
    assertEquals(2, recorded.getScores().size());
    String expectedStage = kind.equals("START") ? "START_SCREENING" : "END_SCREENING";
    assertEquals(expectedStage, new TrajectoriesApi(coach).trajectory(trajectoryId).getStage());
  }

  private void compareTheScreenings(ApiClient resident, String trajectoryId) throws Exception {
    var screenings = new ScreeningsApi(resident).screenings(trajectoryId);
    assertEquals(
        List.of("START", "END"), screenings.getItems().stream().map(s -> s.getKind()).toList());
    var comparison = screenings.getComparison();
    assertNotNull(comparison, "start and end were taken with the same instrument");
    var money =
        comparison.getDomains().stream()
            .filter(d -> d.getDomain().equals("Financien"))
            .findFirst()
            .orElseThrow();
    assertEquals(0, new BigDecimal("1.5").compareTo(money.getChange()), money.toString());
  }

  // ---------------------------------------------------------------- step 5

  private void holdTheStartConversation(
      ApiClient coach, ApiClient specialist, ApiClient resident, String trajectoryId)
      throws Exception {
    var coachEvaluations = new EvaluationsApi(coach);
    coachEvaluations.open(trajectoryId, new NewEvaluation().kind(NewEvaluation.KindEnum.START));
    assertEquals(
        "START_CONVERSATION", new TrajectoriesApi(coach).trajectory(trajectoryId).getStage());

    new EvaluationsApi(resident)
        .answer(
            trajectoryId,
            "start",
            new OwnAnswers()
                .answers(
                    Map.of(
                        "doel", "Zelf mijn rekeningen op tijd betalen.",
                        "zorgen", "De brieven van de energieleverancier.")));
    coachEvaluations.answer(
        trajectoryId,
        "start",
        new OwnAnswers().answers(Map.of("contact", "Om de week bij Sanne thuis.")));
    new EvaluationsApi(specialist)
        .answer(
            trajectoryId,
            "start",
            new OwnAnswers().answers(Map.of("steun", "De schuldhulpverlener regelt de schulden.")));

    // The resident sees her own part; the professionals' answers stay hidden from her.
    EvaluationView seenByResident =
        new EvaluationsApi(resident).readEvaluation(trajectoryId, "start");
    assertTrue(seenByResident.getProfessionalAnswersHidden());
    assertEquals(
        List.of("RESIDENT"),
        seenByResident.getAnswers().stream().map(a -> a.getParticipantRole()).distinct().toList());

    ApiResponse<EvaluationView> seenByCoach =
        coachEvaluations.readEvaluationWithHttpInfo(trajectoryId, "start");
    assertEquals(4, seenByCoach.getData().getAnswers().size());
    assertEquals(5, seenByCoach.getData().getQuestions().size());
    String beforeGrowthPlan = etag(seenByCoach);

    keepTheGrowthPlan(coach, trajectoryId, beforeGrowthPlan);

    // The growth plan has a version of its own: keeping it did not change the trajectory, so the
    // conclusion based on the version read before it still goes ahead.
    Conclusion conclusion =
        new Conclusion().jointConclusion("Sanne werkt aan overzicht in haar post en betalingen.");
    assertEquals(
        beforeGrowthPlan, etag(coachEvaluations.readEvaluationWithHttpInfo(trajectoryId, "start")));
    coachEvaluations.conclude(trajectoryId, "start", beforeGrowthPlan, conclusion);

    EvaluationView concluded = coachEvaluations.readEvaluation(trajectoryId, "start");
    assertEquals(conclusion.getJointConclusion(), concluded.getJointConclusion());
    assertNotNull(concluded.getConcludedOn());
    TrajectoryView coaching = new TrajectoriesApi(coach).trajectory(trajectoryId);
    assertEquals("COACHING_PART_ONE", coaching.getStage());
    assertEquals(1, coaching.getCurrentWeek(), "concluding the start conversation starts week 1");
    assertFalse(coaching.getMidEvaluationDue(), "week 18 is far away");
  }

  /** The coach sets a goal and makes an agreement, each on the ETag of the version before. */
  private void keepTheGrowthPlan(ApiClient coach, String trajectoryId, String evaluationEtag)
      throws Exception {
    var growthPlan = new GrowthPlanApi(coach);
    var empty = growthPlan.growthPlanWithHttpInfo(trajectoryId);
    assertTrue(empty.getData().getGoals().isEmpty());
    String read = etag(empty);
    // The growth plan has a version of its own: work on the trajectory does not make it stale.
    assertNotEquals(evaluationEtag, read, "the plan is not at the trajectory's version");
    assertEquals("\"0\"", read, "a plan nobody changed is at version 0");

    var goal =
        growthPlan.setGoalWithHttpInfo(
            trajectoryId,
            read,
            new NewGoal()
                .description("Elke maand de vaste lasten op tijd betalen")
                .theme(NewGoal.ThemeEnum.INCOME));
    String afterGoal = etag(goal);
    assertNotEquals(read, afterGoal);

    // A colleague who still holds the old ETag is told to reload instead of overwriting.
    expectProblem(
        412,
        "stale-version",
        () ->
            growthPlan.makeAgreement(
                trajectoryId, read, new NewAgreement().description("We bellen elke vrijdag.")));
    expectProblem(
        428,
        "if-match-required",
        () ->
            growthPlan.makeAgreement(
                trajectoryId, null, new NewAgreement().description("We bellen elke vrijdag.")));
    var agreement =
        growthPlan.makeAgreementWithHttpInfo(
            trajectoryId, afterGoal, new NewAgreement().description("We bellen elke vrijdag."));
    assertNotEquals(afterGoal, etag(agreement));

    var plan = growthPlan.growthPlanWithHttpInfo(trajectoryId);
    assertEquals(etag(agreement), etag(plan));
    assertEquals(1, plan.getData().getGoals().size());
    assertEquals(goal.getData().getId(), plan.getData().getGoals().get(0).getId());
    assertEquals("INCOME", plan.getData().getGoals().get(0).getTheme());
    assertFalse(plan.getData().getGoals().get(0).getAchieved());
    assertEquals("We bellen elke vrijdag.", plan.getData().getAgreements().get(0).getDescription());
  }

  // ---------------------------------------------------------------- step 6

  private void workOnTheFirstWeek(ApiClient coach, ApiClient resident, String trajectoryId)
      throws Exception {
    var residentTrajectories = new TrajectoriesApi(resident);
    var coachTrajectories = new TrajectoriesApi(coach);
    var drafts = new AssignmentsApi(resident);

    WeekView week = residentTrajectories.assignments(trajectoryId, null);
    assertEquals(1, week.getWeek());
    assertEquals(1, week.getCurrentWeek());
    assertEquals(List.of("SHV-01-1", "SHV-01-2"), codes(week));
    assertTrue(week.getAssignments().stream().allMatch(a -> a.getState().equals("OPEN")));
    // What an app needs to show a question: its kind and, for a choice, the options.
    var feeling =
        assignment(residentTrajectories, trajectoryId, "SHV-01-1").getQuestions().stream()
            .filter(q -> q.getId().equals("gevoel"))
            .findFirst()
            .orElseThrow();
    assertEquals("CHOICE", feeling.getAnswerType());
    assertEquals(List.of("Rustig", "Een beetje onrustig", "Erg gespannen"), feeling.getOptions());
    assertTrue(feeling.getRequired());

    // A draft may leave a required question open; only the resident sees it.
    drafts.save(
        trajectoryId,
        "SHV-01-1",
        new DraftAnswers().answers(Map.of("doel", "Mijn post bijhouden")));
    var draft = drafts.draft(trajectoryId, "SHV-01-1");
    assertEquals(Map.of("doel", "Mijn post bijhouden"), draft.getAnswers());
    assertNotNull(draft.getSavedAt());
    expectProblem(
        422,
        "answer-required",
        () ->
            residentTrajectories.submit(
                trajectoryId,
                "SHV-01-1",
                new Answers().answers(Map.of("doel", "Mijn post bijhouden"))));

    residentTrajectories.submit(
        trajectoryId,
        "SHV-01-1",
        new Answers().answers(Map.of("doel", "Mijn post bijhouden", "gevoel", "Erg gespannen")));
    residentTrajectories.submit(
        trajectoryId, "SHV-01-2", new Answers().answers(Map.of("plek", "yes")));
    assertTrue(drafts.draft(trajectoryId, "SHV-01-1").getAnswers().isEmpty(), "handing in ends it");
    // Next week's assignment is not open yet.
    expectProblem(
        409,
        "assignment-not-yet-available",
        () ->
            residentTrajectories.submit(trajectoryId, "SHV-02-1", new Answers().answers(Map.of())));

    assertEquals("SUBMITTED", state(coachTrajectories, trajectoryId, "SHV-01-1"));
    String feedback = "Mooi begin. Schrijf erbij wat je over een half jaar zelf wilt kunnen.";
    coachTrajectories.review(
        trajectoryId,
        "SHV-01-1",
        new Review().verdict(Review.VerdictEnum.NEEDS_REWORK).feedback(feedback));
    coachTrajectories.review(
        trajectoryId, "SHV-01-2", new Review().verdict(Review.VerdictEnum.APPROVED));

    AssignmentView sentBack = assignment(residentTrajectories, trajectoryId, "SHV-01-1");
    assertEquals("NEEDS_REWORK", sentBack.getState());
    assertEquals(feedback, sentBack.getFeedback());
    assertEquals(
        "yes", assignment(residentTrajectories, trajectoryId, "SHV-01-2").getAnswers().get("plek"));

    residentTrajectories.submit(
        trajectoryId,
        "SHV-01-1",
        new Answers()
            .answers(
                Map.of(
                    "doel", "Over een half jaar betaal ik zelf mijn vaste lasten op tijd.",
                    "gevoel", "Een beetje onrustig")));
    assertEquals("SUBMITTED", state(coachTrajectories, trajectoryId, "SHV-01-1"));
    coachTrajectories.review(
        trajectoryId, "SHV-01-1", new Review().verdict(Review.VerdictEnum.APPROVED));
    expectProblem(
        409,
        "nothing-to-review",
        () ->
            coachTrajectories.review(
                trajectoryId, "SHV-01-1", new Review().verdict(Review.VerdictEnum.APPROVED)));

    AssignmentView approved = assignment(residentTrajectories, trajectoryId, "SHV-01-1");
    assertEquals("APPROVED", approved.getState());
    assertEquals("Een beetje onrustig", approved.getAnswers().get("gevoel"));
  }

  private void leaveANoteAndReply(
      ApiClient coach, ApiClient resident, String trajectoryId, UUID coachId) throws Exception {
    UUID noteId =
        new NotesApi(resident)
            .leave(
                trajectoryId,
                new NewNote().assignmentCode("SHV-01-2").text("Ik snap de brief van het CAK niet."))
            .getId();

    var waiting = new NotesApi(coach).listNotes(trajectoryId, null, "true", null, null);
    assertEquals(1, waiting.getTotalItems());
    assertEquals(noteId, waiting.getItems().get(0).getId());
    assertTrue(waiting.getItems().get(0).getAwaitsReply());

    new NotesApi(coach)
        .reply(
            trajectoryId,
            noteId.toString(),
            new NewReply().text("Neem de brief vrijdag mee, dan lezen we hem samen."));

    var note = new NotesApi(resident).note(trajectoryId, noteId.toString());
    assertFalse(note.getAwaitsReply());
    assertEquals(1, note.getReplies().size());
    assertEquals(coachId, note.getReplies().get(0).getAuthorId());
    assertEquals(
        0, new NotesApi(coach).listNotes(trajectoryId, null, "true", null, null).getTotalItems());
  }

  // ---------------------------------------------------------------- steps 7-8

  private void holdTheMidEvaluation(ApiClient coach, ApiClient resident, String trajectoryId)
      throws Exception {
    var trajectories = new TrajectoriesApi(coach);
    // Sanne wants to go faster; the tempo changes the weeks from today on.
    trajectories.changeTempo(trajectoryId, new TempoChange().change(TempoChange.ChangeEnum.FASTER));
    assertEquals("FASTER", trajectories.trajectory(trajectoryId).getTempo());

    var evaluations = new EvaluationsApi(coach);
    evaluations.open(trajectoryId, new NewEvaluation().kind(NewEvaluation.KindEnum.MID));
    assertEquals("MID_EVALUATION", trajectories.trajectory(trajectoryId).getStage());
    new EvaluationsApi(resident)
        .answer(
            trajectoryId,
            "mid",
            new OwnAnswers().answers(Map.of("tempo", "Sneller, het gaat goed.")));
    String etag = etag(evaluations.readEvaluationWithHttpInfo(trajectoryId, "mid"));
    evaluations.conclude(
        trajectoryId,
        "mid",
        etag,
        new Conclusion().jointConclusion("Deel twee: sparen voor onverwachte kosten."));

    TrajectoryView partTwo = trajectories.trajectory(trajectoryId);
    assertEquals("COACHING_PART_TWO", partTwo.getStage());
    assertEquals(8, partTwo.getStep());
  }

  // ---------------------------------------------------------------- steps 10-11

  private void holdTheFinalEvaluationAndDecideTheOutcome(
      ApiClient coach, ApiClient specialist, ApiClient resident, String trajectoryId)
      throws Exception {
    var trajectories = new TrajectoriesApi(coach);
    var evaluations = new EvaluationsApi(coach);
    evaluations.open(trajectoryId, new NewEvaluation().kind(NewEvaluation.KindEnum.FINAL));
    assertEquals("FINAL_EVALUATION", trajectories.trajectory(trajectoryId).getStage());

    new EvaluationsApi(resident)
        .answer(
            trajectoryId,
            "final",
            new OwnAnswers().answers(Map.of("vervolg", "Lichtere hulp, een keer per maand.")));
    new EvaluationsApi(specialist)
        .answer(
            trajectoryId,
            "final",
            new OwnAnswers().answers(Map.of("vervolg", "Budgetcoaching een keer per maand.")));
    // Weekly work ended with the opening of the final evaluation.
    expectProblem(
        409,
        "not-in-coaching",
        () ->
            new TrajectoriesApi(resident)
                .submit(trajectoryId, "SHV-02-1", new Answers().answers(Map.of())));

    String etag = etag(evaluations.readEvaluationWithHttpInfo(trajectoryId, "final"));
    String text = "Sanne houdt haar geld goed bij; lichtere hulp past nu.";
    expectProblem(
        422,
        "outcome-required",
        () ->
            evaluations.conclude(
                trajectoryId, "final", etag, new Conclusion().jointConclusion(text)));
    evaluations.conclude(
        trajectoryId,
        "final",
        etag,
        new Conclusion().jointConclusion(text).outcome(Conclusion.OutcomeEnum._11_B));

    TrajectoryView aftercare = new TrajectoriesApi(resident).trajectory(trajectoryId);
    assertEquals("AFTERCARE", aftercare.getStage());
    assertEquals(11, aftercare.getStep());
    assertEquals("11B", aftercare.getOutcome());

    EvaluationView finalSeenByResident =
        new EvaluationsApi(resident).readEvaluation(trajectoryId, "final");
    assertEquals("11B", finalSeenByResident.getOutcome());
    assertEquals(text, finalSeenByResident.getJointConclusion());
    assertEquals(
        List.of("START", "MID", "FINAL"),
        new EvaluationsApi(resident)
            .listEvaluations(trajectoryId).getItems().stream()
                .map(EvaluationView::getKind)
                .toList());
  }

  // ---------------------------------------------------------------- aftercare

  private void holdACheckInAndClose(ApiClient coach, ApiClient resident, String trajectoryId)
      throws Exception {
    var aftercare = new AftercareApi(coach);
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1);
    CheckInView planned =
        aftercare.plan(trajectoryId, new NewCheckIn().plannedOn(tomorrow.toString()));
    assertEquals(tomorrow, planned.getPlannedOn());
    assertNull(planned.getHeldOn());

    String summary = "Alles loopt. Sanne belt zelf als er een aanmaning komt.";
    aftercare.hold(trajectoryId, planned.getId().toString(), new HeldCheckIn().summary(summary));
    CheckInView held = new AftercareApi(resident).checkIn(trajectoryId, planned.getId().toString());
    assertEquals(summary, held.getSummary());
    assertNotNull(held.getHeldOn());
    assertEquals(1, new AftercareApi(resident).checkIns(trajectoryId).getItems().size());

    aftercare.close(trajectoryId);
    TrajectoryView closed = new TrajectoriesApi(resident).trajectory(trajectoryId);
    assertEquals("CLOSED", closed.getStage());
    assertEquals("11B", closed.getOutcome(), "the outcome stays");
    // Closed is read-only, for the resident too.
    expectProblem(
        409,
        "closed-trajectory-is-read-only",
        () ->
            new NotesApi(resident)
                .leave(
                    trajectoryId, new NewNote().assignmentCode("SHV-01-1").text("Nog een vraag")));
  }

  // ---------------------------------------------------------------- helpers

  private ApiClient logIn(String email, String password, String accountKind) throws Exception {
    NewSession session = ClientLogin.logIn(new AccountApi(client(null)), email, password);
    assertEquals(accountKind, session.getAccountKind());
    ApiClient client = client(session.getToken());
    assertEquals(session.getPersonId(), new AccountApi(client).me().getId());
    return client;
  }

  private ApiClient client(String token) throws Exception {
    ApiClient client = new ApiClient();
    client.updateBaseUri(base.toURI().resolve("/api/v1").toString());
    if (token != null) {
      client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }
    return client;
  }

  /** The activation link carries the token after '#activeren/', out of server logs. */
  private static String tokenFrom(String activationLink) {
    String marker = "#activeren/";
    int at = activationLink.indexOf(marker);
    assertTrue(at > 0, activationLink);
    return activationLink.substring(at + marker.length());
  }

  private static String etag(ApiResponse<?> response) {
    return response.getHeaders().entrySet().stream()
        .filter(header -> header.getKey().equalsIgnoreCase("ETag"))
        .flatMap(header -> header.getValue().stream())
        .findFirst()
        .orElseThrow(() -> new AssertionError("No ETag in " + response.getHeaders()));
  }

  /** The call fails with this status and an RFC 9457 problem of this type, read by the client. */
  private void expectProblem(int status, String slug, Executable call) throws Exception {
    ApiException error = assertThrows(ApiException.class, call);
    assertEquals(status, error.getCode(), error.getResponseBody());
    Problem problem =
        new ApiClient().getObjectMapper().readValue(error.getResponseBody(), Problem.class);
    assertEquals("urn:redzaam:problem:" + slug, problem.getType().toString());
    assertEquals(status, problem.getStatus());
  }

  private static List<String> codes(WeekView week) {
    return week.getAssignments().stream().map(AssignmentView::getCode).sorted().toList();
  }

  private static AssignmentView assignment(
      TrajectoriesApi trajectories, String trajectoryId, String code) throws ApiException {
    return trajectories.assignments(trajectoryId, 1).getAssignments().stream()
        .filter(a -> a.getCode().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No assignment " + code));
  }

  private static String state(TrajectoriesApi trajectories, String trajectoryId, String code)
      throws ApiException {
    return assignment(trajectories, trajectoryId, code).getState();
  }
}
