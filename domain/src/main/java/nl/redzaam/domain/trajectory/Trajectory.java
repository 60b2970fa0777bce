package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.Question;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.shared.AggregateRoot;
import nl.redzaam.domain.shared.Text;
import nl.redzaam.domain.staff.StaffMemberId;

/**
 * One resident's trajectory through the method.
 *
 * <p>Invariants and rules, each enforced by the method that could break it:
 *
 * <ul>
 *   <li>a trajectory has at least one coach; every type but the prevention type has a specialist;
 *   <li>the stages follow the method's steps: selected, invited, activated, an optional start
 *       screening, the start conversation, coaching part one, the mid evaluation, part two, an
 *       optional end screening, the final evaluation, aftercare, closed;
 *   <li>the current week follows from the day the start conversation concluded, the pauses and the
 *       tempo changes; it is never stored;
 *   <li>the resident can only answer assignments of the current week or earlier, and only while
 *       coaching runs; answers must fit the questions;
 *   <li>only a coach of this trajectory reviews answers, tailors assignments, changes the tempo,
 *       concludes evaluations and stops early;
 *   <li>the outcome (11A, 11B, 11C) is set only by concluding the final evaluation;
 *   <li>a closed trajectory is read-only.
 * </ul>
 *
 * <p>Each change follows the same shape: this class guards (closed? who acts? which stage?), the
 * part that owns the state decides the rest, this class applies the stage the part returns and
 * records the event. The parts live in this package and are not visible outside it. What can be
 * read from a trajectory (its state, the current week, what is due) is in {@link TrajectoryState}.
 */
public final class Trajectory extends TrajectoryState implements AggregateRoot<TrajectoryId> {

  /** Dates in the method are Dutch calendar dates. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  public static final int DEFAULT_MID_EVALUATION_WEEK = 18;

  /** One limit for every free text people write in a trajectory: notes, feedback, summaries. */
  static final int MAX_TEXT_LENGTH = 4000;

  private final List<TrajectoryEvent> events = new ArrayList<>();

  private Trajectory(TrajectorySnapshot snapshot) {
    super(snapshot);
  }

  /**
   * Step 1: a specialist (or, for the prevention type, a coach) selects a resident who is ready and
   * starts a trajectory on the current catalogue of its type.
   */
  public static Trajectory start(
      TrajectoryId id,
      MunicipalityId municipalityId,
      ResidentId residentId,
      Catalogue catalogue,
      Set<StaffMemberId> coaches,
      Set<StaffMemberId> specialists,
      StaffMemberId startedBy,
      Instant now) {
    TrajectoryType type = catalogue.id().type();
    Participants.requireValidStart(type, coaches, specialists, startedBy);
    Trajectory trajectory =
        new Trajectory(
            TrajectorySnapshot.ofStart(
                id,
                municipalityId,
                residentId,
                catalogue.id(),
                coaches,
                specialists,
                startedBy,
                now));
    trajectory.record(new TrajectoryEvent.TrajectoryStarted(id, residentId, startedBy, now));
    return trajectory;
  }

  /** Rebuilds a stored trajectory. */
  public static Trajectory restore(TrajectorySnapshot snapshot) {
    return new Trajectory(snapshot);
  }

  // ---------------------------------------------------------------- steps 2-3: invite, activate

  /** Step 2: the resident is invited (again, if the first invitation got lost). */
  public void invite(Instant now) {
    stage.requireNotClosed();
    stage = stage.invite();
    invitedAt = now;
    record(new TrajectoryEvent.ResidentInvited(id, residentId, now));
  }

  /** Step 3: the resident activated the account from the invitation. */
  public void activate(Instant now) {
    stage.requireNotClosed();
    stage = stage.activate();
    activatedAt = now;
    record(new TrajectoryEvent.ResidentActivated(id, residentId, now));
  }

  // ---------------------------------------------------------------- screenings (steps 4 and 9)

  /**
   * Records a screening. The start screening (step 4) comes after activation and before coaching;
   * an interim one during coaching; the end screening (step 9) after the mid evaluation. Start and
   * end are taken once each.
   */
  public void recordScreening(ScreeningResult result, Instant now) {
    stage.requireNotClosed();
    stage = screenings.record(result, stage);
    record(new TrajectoryEvent.ScreeningRecorded(id, result.kind(), now));
  }

  // ---------------------------------------------------------------- evaluations (5, 7, 10)

  /**
   * Opens an evaluation with the catalogue's questions: the start conversation (step 5) after
   * activation, the mid evaluation (step 7) during part one, the final evaluation (step 10) during
   * part two. Coaches lead evaluations.
   */
  public void openEvaluation(
      EvaluationKind kind, Catalogue catalogue, StaffMemberId coach, Instant now) {
    requireCoachMay(coach, "open an evaluation");
    requireCatalogue(catalogue);
    Stage next = evaluations.open(kind, catalogue.evaluationQuestions(kind), stage, today(now));
    if (kind == EvaluationKind.FINAL) {
      schedule = schedule.endCoaching(today(now));
    }
    stage = next;
    record(new TrajectoryEvent.EvaluationOpened(id, kind, now));
  }

  /**
   * A participant (the resident, a coach or a specialist of this trajectory) records their answers
   * to an open evaluation, replacing their earlier answers.
   */
  public void answerEvaluation(
      EvaluationKind kind, Participant participant, Map<String, String> answers, Instant now) {
    stage.requireNotClosed();
    participants.requireParticipant(participant);
    evaluations.answer(kind, participant, answers);
  }

  /**
   * A coach records the joint conclusion of the start or mid evaluation. Concluding the start
   * conversation starts coaching: that day is the first day of week 1.
   */
  public void concludeEvaluation(
      EvaluationKind kind, String jointConclusion, StaffMemberId coach, Instant now) {
    require(
        kind != EvaluationKind.FINAL,
        "outcome-with-final-evaluation",
        "The final evaluation is concluded together with its outcome");
    requireCoachMay(coach, "conclude an evaluation");
    Stage next = evaluations.conclude(kind, jointConclusion, stage, today(now));
    if (kind == EvaluationKind.START) {
      schedule = schedule.startCoaching(today(now));
    }
    stage = next;
    record(new TrajectoryEvent.EvaluationConcluded(id, kind, now));
  }

  /**
   * Step 10 to 11: the coach records the joint conclusion of the final evaluation and the outcome
   * agreed with resident and specialist. This is the only way an outcome is set.
   */
  public void concludeFinalEvaluation(
      String jointConclusion, Outcome agreedOutcome, StaffMemberId coach, Instant now) {
    requireCoachMay(coach, "conclude the final evaluation");
    Objects.requireNonNull(agreedOutcome, "outcome");
    Stage next = evaluations.conclude(EvaluationKind.FINAL, jointConclusion, stage, today(now));
    outcome = agreedOutcome;
    stage = next;
    record(new TrajectoryEvent.EvaluationConcluded(id, EvaluationKind.FINAL, now));
    record(new TrajectoryEvent.OutcomeDecided(id, agreedOutcome, now));
  }

  // ---------------------------------------------------------------- weekly work (steps 6 and 8)

  /**
   * The resident submits answers to an assignment of this week or an earlier one. The answers must
   * fit the questions and every required question must be answered. Any draft ends here.
   */
  public void submitAnswers(
      AssignmentCode code, Map<String, String> answers, Catalogue catalogue, Instant now) {
    requireAnswerable(catalogue);
    weeklyWork.submit(code, answers, catalogue, currentWeek(today(now)), now);
    record(new TrajectoryEvent.AnswersSubmitted(id, code, now));
  }

  /**
   * The resident saves answers as a draft, without handing them in: work in progress that only the
   * resident sees. A draft may be incomplete (required questions may stay open, blank answers are
   * left out), but every answer given must fit its question, so that what the resident sees back is
   * what they can hand in. Saving replaces the earlier draft; saving no answers removes it. No
   * event: nobody else needs to know.
   */
  public void saveDraft(
      AssignmentCode code, Map<String, String> answers, Catalogue catalogue, Instant now) {
    requireAnswerable(catalogue);
    weeklyWork.saveDraft(code, answers, catalogue, currentWeek(today(now)), now);
  }

  private void requireAnswerable(Catalogue catalogue) {
    stage.requireNotClosed();
    stage.requireWeeklyWork("Assignments can only be answered while coaching runs");
    requireCatalogue(catalogue);
  }

  /** A coach approves the submitted answers. */
  public void approve(AssignmentCode code, StaffMemberId coach, Instant now) {
    requireCoachMay(coach, "review answers");
    weeklyWork.approve(code, coach, now);
    record(new TrajectoryEvent.AnswersApproved(id, code, coach, now));
  }

  /** A coach sends the answers back with feedback saying what to improve. */
  public void requestRework(
      AssignmentCode code, String feedback, StaffMemberId coach, Instant now) {
    requireCoachMay(coach, "review answers");
    weeklyWork.requestRework(code, feedback, coach, now);
    record(new TrajectoryEvent.ReworkRequested(id, code, coach, now));
  }

  // ---------------------------------------------------------------- tailoring

  /** A coach decides an assignment need not be done. Approved work cannot be skipped. */
  public void skip(AssignmentCode code, Catalogue catalogue, StaffMemberId coach, Instant now) {
    ensureTailorable(coach);
    requireCatalogue(catalogue);
    weeklyWork.skip(code, catalogue);
    record(new TrajectoryEvent.AssignmentSkipped(id, code, now));
  }

  /** A coach undoes a skip: the assignment is open again. */
  public void reinstate(AssignmentCode code, StaffMemberId coach, Instant now) {
    ensureTailorable(coach);
    weeklyWork.reinstate(code);
    record(new TrajectoryEvent.AssignmentReinstated(id, code, now));
  }

  /** Coach and resident choose to put extra weight on an assignment (or stop doing so). */
  public void stress(
      AssignmentCode code,
      boolean stressed,
      Catalogue catalogue,
      StaffMemberId coach,
      Instant now) {
    stress(code, stressed, null, catalogue, coach, now);
  }

  /**
   * Coach and resident choose to put extra weight on an assignment, optionally saying why for the
   * resident (at most 1,000 characters), or stop doing so (which drops the reason).
   */
  public void stress(
      AssignmentCode code,
      boolean stressed,
      String reason,
      Catalogue catalogue,
      StaffMemberId coach,
      Instant now) {
    ensureTailorable(coach);
    requireCatalogue(catalogue);
    weeklyWork.stress(code, stressed, reason, catalogue);
    record(new TrajectoryEvent.AssignmentStressChanged(id, code, stressed, now));
  }

  /** A coach adds an assignment of their own for this resident, for this week or a later one. */
  public AssignmentCode addOwnAssignment(
      int week,
      Theme theme,
      String title,
      String instruction,
      List<Question> questions,
      StaffMemberId coach,
      Instant now) {
    ensureTailorable(coach);
    AssignmentCode code =
        weeklyWork.addOwn(
            week, theme, title, instruction, questions, coach, currentWeek(today(now)));
    record(new TrajectoryEvent.OwnAssignmentAdded(id, code, now));
    return code;
  }

  private void ensureTailorable(StaffMemberId coach) {
    requireCoachMay(coach, "tailor the trajectory");
    stage.requireTailorable();
  }

  // ---------------------------------------------------------------- notes

  /** The resident leaves a note on an assignment, for example to ask for help. */
  public void leaveNote(
      NoteId noteId, AssignmentCode code, String text, Catalogue catalogue, Instant now) {
    stage.requireNotClosed();
    requireCatalogue(catalogue);
    weeklyWork.requireAssignment(code, catalogue);
    notes.leave(noteId, code, text, now);
    record(new TrajectoryEvent.NoteLeft(id, noteId, now));
  }

  /** A coach or specialist of this trajectory replies to a note. */
  public void replyToNote(NoteId noteId, String text, StaffMemberId author, Instant now) {
    stage.requireNotClosed();
    require(
        participants.isStaff(author),
        "not-a-participant",
        "Only the trajectory's coaches and specialists reply to notes");
    notes.reply(noteId, text, author, now);
    record(new TrajectoryEvent.NoteAnswered(id, noteId, author, now));
  }

  // ---------------------------------------------------------------- tempo

  /** A coach pauses the weeks, for example when the resident asks for a break. */
  public void pause(StaffMemberId coach, Instant now) {
    requireCoachMay(coach, "pause the trajectory");
    stage.requireWeeklyWork("Only running coaching can be paused");
    schedule = schedule.pause(today(now));
    record(new TrajectoryEvent.TrajectoryPaused(id, now));
  }

  /** A coach lets the weeks run again. */
  public void resume(StaffMemberId coach, Instant now) {
    requireCoachMay(coach, "resume the trajectory");
    schedule = schedule.resume(today(now));
    record(new TrajectoryEvent.TrajectoryResumed(id, now));
  }

  /** A coach makes the weeks pass faster or slower from today on. */
  public void changeTempo(Tempo newTempo, StaffMemberId coach, Instant now) {
    stage.requireNotClosed();
    Objects.requireNonNull(newTempo, "tempo");
    participants.requireCoach(coach, "change the tempo");
    stage.requireWeeklyWork("The tempo only matters while coaching runs");
    schedule = schedule.changeTempo(newTempo, today(now));
    record(new TrajectoryEvent.TempoChanged(id, newTempo, now));
  }

  // ---------------------------------------------------------------- early stop, aftercare, close

  /**
   * A coach stops early, because the resident is ready sooner or clearly not ready. Before the
   * start conversation this closes the trajectory; once it has begun, it leads to the final
   * evaluation, where the outcome is agreed as usual.
   */
  public void stopEarly(
      EarlyStopReason reason,
      String explanation,
      Catalogue catalogue,
      StaffMemberId coach,
      Instant now) {
    requireCoachMay(coach, "stop the trajectory");
    Stage next = stage.stopEarly();
    requireCatalogue(catalogue);
    earlyStop =
        new EarlyStop(
            Objects.requireNonNull(reason, "reason"),
            Text.required(explanation, "The reason for stopping", 2000),
            today(now),
            coach);
    if (next == Stage.FINAL_EVALUATION) {
      schedule = schedule.endCoaching(today(now));
      evaluations.openFinalAfterEarlyStop(
          catalogue.evaluationQuestions(EvaluationKind.FINAL), today(now));
      stage = next;
      record(new TrajectoryEvent.TrajectoryStoppedEarly(id, reason, now));
      record(new TrajectoryEvent.EvaluationOpened(id, EvaluationKind.FINAL, now));
    } else {
      stage = next;
      closedOn = today(now);
      record(new TrajectoryEvent.TrajectoryStoppedEarly(id, reason, now));
      record(new TrajectoryEvent.TrajectoryClosed(id, now));
    }
  }

  // ---------------------------------------------------------------- the next conversation

  /**
   * A coach plans the next conversation with the resident: a time (Dutch time) and a place. It
   * replaces an earlier appointment. Any stage but closed: the start conversation is planned before
   * the resident activates, check-ins in aftercare have their own dates.
   */
  public void planConversation(
      LocalDateTime startsAt, String place, StaffMemberId coach, Instant now) {
    requireCoachMay(coach, "plan a conversation");
    appointments.planConversation(startsAt, place, LocalDateTime.ofInstant(now, ZONE));
    record(new TrajectoryEvent.ConversationPlanned(id, now));
  }

  /** A coach cancels the planned conversation; without one nothing changes. */
  public void cancelConversation(StaffMemberId coach, Instant now) {
    requireCoachMay(coach, "cancel a conversation");
    if (appointments.cancelConversation()) {
      record(new TrajectoryEvent.ConversationCancelled(id, now));
    }
  }

  /** In aftercare, a coach plans a check-in (waakvlamgesprek). */
  public void planCheckIn(CheckInId checkInId, LocalDate on, StaffMemberId coach, Instant now) {
    requireCoachMay(coach, "plan a check-in");
    stage.requireOneOf("plan a check-in", Stage.AFTERCARE);
    appointments.planCheckIn(checkInId, on, today(now));
    record(new TrajectoryEvent.CheckInPlanned(id, checkInId, now));
  }

  /**
   * A coach records that a planned check-in was held, with a short summary and whether the resident
   * still manages on their own (null: not recorded).
   */
  public void recordCheckIn(
      CheckInId checkInId,
      String summary,
      Boolean stillIndependent,
      StaffMemberId coach,
      Instant now) {
    requireCoachMay(coach, "record a check-in");
    stage.requireOneOf("record a check-in", Stage.AFTERCARE);
    appointments.recordCheckIn(checkInId, summary, stillIndependent, today(now));
    record(new TrajectoryEvent.CheckInHeld(id, checkInId, now));
  }

  /** A coach closes the trajectory after aftercare. From then on it is read-only. */
  public void close(StaffMemberId coach, Instant now) {
    requireCoachMay(coach, "close the trajectory");
    stage = stage.close();
    closedOn = today(now);
    record(new TrajectoryEvent.TrajectoryClosed(id, now));
  }

  // ---------------------------------------------------------------- participants

  /** Adds a coach, for example a colleague who takes over. */
  public void addCoach(StaffMemberId coach) {
    stage.requireNotClosed();
    participants.addCoach(coach);
  }

  /** Removes a coach; a trajectory always keeps at least one. */
  public void removeCoach(StaffMemberId coach) {
    stage.requireNotClosed();
    participants.removeCoach(coach);
  }

  public void addSpecialist(StaffMemberId specialist) {
    stage.requireNotClosed();
    participants.addSpecialist(specialist);
  }

  /** Removes a specialist; types other than prevention always keep at least one. */
  public void removeSpecialist(StaffMemberId specialist) {
    stage.requireNotClosed();
    participants.removeSpecialist(specialist);
  }

  /**
   * Lets a coach of a team that covers this trajectory act as its coach while this object is in
   * memory, for instance during a colleague's holiday. Teams are kept outside the trajectory, so
   * the caller establishes that the team covers it; nothing of this is stored, but everything the
   * stand-in does is recorded under their own name.
   */
  public void acceptStandIn(StaffMemberId coach) {
    participants.acceptStandIn(coach);
  }

  /** A closed trajectory is read-only; an open one changes by its coaches. */
  private void requireCoachMay(StaffMemberId coach, String action) {
    stage.requireNotClosed();
    participants.requireCoach(coach, action);
  }

  private void record(TrajectoryEvent event) {
    events.add(event);
  }

  // ---------------------------------------------------------------- state

  /** The events recorded since this object was loaded, in order; clears them. */
  public List<TrajectoryEvent> releaseEvents() {
    List<TrajectoryEvent> released = List.copyOf(events);
    events.clear();
    return released;
  }
}
