package nl.redzaam.adapters.persistence.jpa.trajectory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.redzaam.adapters.persistence.jpa.Rows;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.catalogue.EvaluationQuestion;
import nl.redzaam.domain.catalogue.Question;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.Answer;
import nl.redzaam.domain.trajectory.AssignmentProgress;
import nl.redzaam.domain.trajectory.CheckIn;
import nl.redzaam.domain.trajectory.CheckInId;
import nl.redzaam.domain.trajectory.DomainScore;
import nl.redzaam.domain.trajectory.EarlyStop;
import nl.redzaam.domain.trajectory.Evaluation;
import nl.redzaam.domain.trajectory.EvaluationAnswer;
import nl.redzaam.domain.trajectory.Note;
import nl.redzaam.domain.trajectory.NoteId;
import nl.redzaam.domain.trajectory.NoteReply;
import nl.redzaam.domain.trajectory.OwnAssignment;
import nl.redzaam.domain.trajectory.Participant;
import nl.redzaam.domain.trajectory.Pause;
import nl.redzaam.domain.trajectory.PlannedConversation;
import nl.redzaam.domain.trajectory.ScreeningId;
import nl.redzaam.domain.trajectory.ScreeningResult;
import nl.redzaam.domain.trajectory.TempoChange;
import nl.redzaam.domain.trajectory.TrajectoryId;
import nl.redzaam.domain.trajectory.TrajectorySnapshot;
import nl.redzaam.domain.trajectory.WeekClock;

/**
 * Maps a trajectory's {@link TrajectorySnapshot} to its entities and back. Writing goes into a
 * managed (or new) entity graph and changes only what differs, so that an update writes only the
 * rows that changed.
 */
final class TrajectoryMapper {

  private TrajectoryMapper() {}

  // ---------------------------------------------------------------- entity -> domain

  static TrajectorySnapshot toSnapshot(TrajectoryEntity e) {
    return new TrajectorySnapshot(
        new TrajectoryId(e.id),
        new MunicipalityId(e.municipalityId),
        new ResidentId(e.residentId),
        e.type,
        new CatalogueId(
            e.type,
            e.catalogueVersion,
            e.catalogueMunicipalityId == null
                ? null
                : new MunicipalityId(e.catalogueMunicipalityId)),
        staff(e.coaches),
        staff(e.specialists),
        e.stage,
        e.midEvaluationWeek,
        e.startedAt,
        new StaffMemberId(e.startedBy),
        e.invitedAt,
        e.activatedAt,
        e.coachingStartedOn,
        e.coachingEndedOn,
        Rows.inOrder(e.pauses, x -> x.position, TrajectoryMapper::pause),
        Rows.inOrder(e.tempoChanges, x -> x.position, TrajectoryMapper::tempoChange),
        Rows.inOrder(e.progress, p -> p.position, TrajectoryMapper::progress),
        Rows.inOrder(e.ownAssignments, o -> o.position, TrajectoryMapper::ownAssignment),
        Rows.inOrder(e.notes, n -> n.position, TrajectoryMapper::note),
        e.evaluations.stream()
            .map(TrajectoryMapper::evaluation)
            .sorted(Comparator.comparing(Evaluation::kind))
            .toList(),
        Rows.inOrder(e.screenings, s -> s.position, TrajectoryMapper::screening),
        e.outcome,
        e.earlyStopReason == null
            ? null
            : new EarlyStop(
                e.earlyStopReason,
                e.earlyStopExplanation,
                e.earlyStopOn,
                new StaffMemberId(e.earlyStopBy)),
        Rows.inOrder(e.checkIns, c -> c.position, TrajectoryMapper::checkIn),
        e.closedOn,
        e.nextConversationAt == null
            ? null
            : new PlannedConversation(e.nextConversationAt, e.nextConversationPlace),
        e.version);
  }

  private static Set<StaffMemberId> staff(Set<UUID> ids) {
    return ids.stream().map(StaffMemberId::new).collect(Collectors.toSet());
  }

  private static StaffMemberId staffOrNull(UUID id) {
    return id == null ? null : new StaffMemberId(id);
  }

  private static Pause pause(PauseEntity x) {
    return new Pause(x.startsOn, x.endsOn);
  }

  private static TempoChange tempoChange(TempoChangeEntity x) {
    return new TempoChange(x.startsOn, x.tempo);
  }

  private static AssignmentProgress progress(AssignmentProgressEntity p) {
    return new AssignmentProgress(
        new AssignmentCode(p.code),
        p.state,
        p.stressed,
        Rows.inOrder(p.answers, x -> x.position, TrajectoryMapper::answer),
        p.submittedAt,
        p.reviewedAt,
        staffOrNull(p.reviewedBy),
        p.feedback,
        p.stressReason,
        Rows.inOrder(p.draft, x -> x.position, x -> new Answer(x.questionId, x.answer)),
        p.draftSavedAt);
  }

  private static Answer answer(AssignmentAnswerEntity x) {
    return new Answer(x.questionId, x.answer);
  }

  private static OwnAssignment ownAssignment(OwnAssignmentEntity o) {
    return new OwnAssignment(
        new AssignmentCode(o.code),
        o.week,
        o.theme,
        o.title,
        o.instruction,
        Rows.inOrder(o.questions, q -> q.position, TrajectoryMapper::question),
        new StaffMemberId(o.addedBy));
  }

  private static Question question(OwnQuestionEntity q) {
    return new Question(q.questionId, q.text, q.answerType, List.copyOf(q.options), q.required);
  }

  private static Note note(NoteEntity n) {
    return new Note(
        new NoteId(n.id),
        new AssignmentCode(n.assignmentCode),
        n.body,
        n.writtenAt,
        Rows.inOrder(n.replies, x -> x.position, TrajectoryMapper::reply));
  }

  private static NoteReply reply(NoteReplyEntity x) {
    return new NoteReply(new StaffMemberId(x.author), x.body, x.writtenAt);
  }

  private static Evaluation evaluation(EvaluationEntity e) {
    return new Evaluation(
        e.kind,
        e.openedOn,
        Rows.inOrder(e.questions, x -> x.position, TrajectoryMapper::evaluationQuestion),
        Rows.inOrder(e.answers, x -> x.position, TrajectoryMapper::evaluationAnswer),
        e.jointConclusion,
        e.concludedOn);
  }

  private static EvaluationQuestion evaluationQuestion(EvaluationQuestionEntity x) {
    return new EvaluationQuestion(x.questionId, x.text);
  }

  private static EvaluationAnswer evaluationAnswer(EvaluationAnswerEntity x) {
    return new EvaluationAnswer(
        new Participant(x.participantRole, x.participantId), x.questionId, x.answer);
  }

  private static ScreeningResult screening(ScreeningEntity s) {
    return new ScreeningResult(
        new ScreeningId(s.id),
        s.kind,
        s.instrument,
        s.takenOn,
        Rows.inOrder(s.scores, x -> x.position, TrajectoryMapper::score));
  }

  private static DomainScore score(ScreeningScoreEntity x) {
    return new DomainScore(x.domain, x.score);
  }

  private static CheckIn checkIn(CheckInEntity c) {
    return new CheckIn(new CheckInId(c.id), c.plannedOn, c.heldOn, c.summary, c.stillIndependent);
  }

  // ---------------------------------------------------------------- domain -> entity

  /** Brings a new or managed entity graph in line with the snapshot; leaves the version alone. */
  static void copy(TrajectorySnapshot s, TrajectoryEntity e) {
    e.id = s.id().value();
    e.municipalityId = s.municipalityId().value();
    e.residentId = s.residentId().value();
    e.type = s.catalogueId().type();
    e.catalogueVersion = s.catalogueId().version();
    e.catalogueMunicipalityId =
        s.catalogueId().isVariant() ? s.catalogueId().municipality().value() : null;
    e.stage = s.stage();
    e.midEvaluationWeek = s.midEvaluationWeek();
    e.startedAt = s.startedAt();
    e.startedBy = s.startedBy().value();
    e.invitedAt = s.invitedAt();
    e.activatedAt = s.activatedAt();
    e.coachingStartedOn = s.coachingStartedOn();
    e.coachingEndedOn = s.coachingEndedOn();
    Optional<WeekClock> clock =
        WeekClock.of(s.coachingStartedOn(), s.coachingEndedOn(), s.pauses(), s.tempoChanges());
    e.weekClockFromDay = clock.map(c -> (int) c.from().toEpochDay()).orElse(null);
    e.weekClockUnitsBefore = clock.map(WeekClock::unitsBefore).orElse(null);
    e.weekClockUnitsPerDay = clock.map(WeekClock::unitsPerDay).orElse(null);
    e.outcome = s.outcome();
    EarlyStop stop = s.earlyStop();
    e.earlyStopReason = stop == null ? null : stop.reason();
    e.earlyStopExplanation = stop == null ? null : stop.explanation();
    e.earlyStopOn = stop == null ? null : stop.stoppedOn();
    e.earlyStopBy = stop == null ? null : stop.stoppedBy().value();
    e.closedOn = s.closedOn();
    PlannedConversation conversation = s.plannedConversation();
    e.nextConversationAt = conversation == null ? null : conversation.startsAt();
    e.nextConversationPlace = conversation == null ? null : conversation.place();

    Rows.replace(e.coaches, ids(s.coaches(), StaffMemberId::value));
    Rows.replace(e.specialists, ids(s.specialists(), StaffMemberId::value));
    Rows.syncByPosition(
        e.pauses,
        s.pauses(),
        x -> x.position,
        i -> new PauseEntity(e, i),
        (pause, x) -> {
          x.startsOn = pause.from();
          x.endsOn = pause.until();
        });
    Rows.syncByPosition(
        e.tempoChanges,
        s.tempoChanges(),
        x -> x.position,
        i -> new TempoChangeEntity(e, i),
        (change, x) -> {
          x.startsOn = change.from();
          x.tempo = change.tempo();
        });
    Rows.sync(
        e.progress,
        s.progress(),
        p -> p.code().value(),
        p -> p.code,
        p -> new AssignmentProgressEntity(e, p.code().value()),
        TrajectoryMapper::copyProgress);
    Rows.sync(
        e.ownAssignments,
        s.ownAssignments(),
        o -> o.code().value(),
        o -> o.code,
        o -> new OwnAssignmentEntity(e, o.code().value()),
        TrajectoryMapper::copyOwnAssignment);
    Rows.sync(
        e.notes,
        s.notes(),
        n -> n.id().value(),
        n -> n.id,
        n -> new NoteEntity(e, n.id().value()),
        TrajectoryMapper::copyNote);
    Rows.sync(
        e.evaluations,
        s.evaluations(),
        Evaluation::kind,
        v -> v.kind,
        v -> new EvaluationEntity(e, v.kind()),
        TrajectoryMapper::copyEvaluation);
    Rows.sync(
        e.screenings,
        s.screenings(),
        r -> r.id().value(),
        r -> r.id,
        r -> new ScreeningEntity(e, r.id().value()),
        TrajectoryMapper::copyScreening);
    Rows.sync(
        e.checkIns,
        s.checkIns(),
        c -> c.id().value(),
        c -> c.id,
        c -> new CheckInEntity(e, c.id().value()),
        TrajectoryMapper::copyCheckIn);
  }

  private static <T> Set<UUID> ids(Set<T> ids, Function<T, UUID> value) {
    return ids.stream().map(value).collect(Collectors.toSet());
  }

  private static void copyProgress(AssignmentProgress p, AssignmentProgressEntity x, int position) {
    x.position = position;
    x.state = p.state();
    x.stressed = p.stressed();
    x.submittedAt = p.submittedAt();
    x.reviewedAt = p.reviewedAt();
    x.reviewedBy = p.reviewedBy() == null ? null : p.reviewedBy().value();
    x.feedback = p.feedback();
    Rows.syncByPosition(
        x.answers,
        p.answers(),
        a -> a.position,
        i -> new AssignmentAnswerEntity(x, i),
        (answer, a) -> {
          a.questionId = answer.questionId();
          a.answer = answer.value();
        });
    x.stressReason = p.stressReason();
    x.draftSavedAt = p.draftSavedAt();
    Rows.syncByPosition(
        x.draft,
        p.draft(),
        a -> a.position,
        i -> new DraftAnswerEntity(x, i),
        (answer, a) -> {
          a.questionId = answer.questionId();
          a.answer = answer.value();
        });
  }

  private static void copyOwnAssignment(OwnAssignment o, OwnAssignmentEntity x, int position) {
    x.position = position;
    x.week = o.week();
    x.theme = o.theme();
    x.title = o.title();
    x.instruction = o.instruction();
    x.addedBy = o.addedBy().value();
    Rows.sync(
        x.questions,
        o.questions(),
        Question::id,
        q -> q.questionId,
        q -> new OwnQuestionEntity(x, q.id()),
        TrajectoryMapper::copyQuestion);
  }

  private static void copyQuestion(Question q, OwnQuestionEntity x, int position) {
    x.position = position;
    x.text = q.text();
    x.answerType = q.type();
    x.required = q.required();
    Rows.replace(x.options, q.options(), Function.identity(), Function.identity());
  }

  private static void copyNote(Note n, NoteEntity x, int position) {
    x.position = position;
    x.assignmentCode = n.assignment().value();
    x.body = n.text();
    x.writtenAt = n.writtenAt();
    Rows.syncByPosition(
        x.replies,
        n.replies(),
        r -> r.position,
        i -> new NoteReplyEntity(x, i),
        (reply, r) -> {
          r.author = reply.author().value();
          r.body = reply.text();
          r.writtenAt = reply.writtenAt();
        });
  }

  /** Evaluations are ordered by kind; they need no position. */
  private static void copyEvaluation(Evaluation v, EvaluationEntity x, int position) {
    x.openedOn = v.openedOn();
    x.jointConclusion = v.jointConclusion();
    x.concludedOn = v.concludedOn();
    Rows.syncByPosition(
        x.questions,
        v.questions(),
        q -> q.position,
        i -> new EvaluationQuestionEntity(x, i),
        (question, q) -> {
          q.questionId = question.id();
          q.text = question.text();
        });
    Rows.syncByPosition(
        x.answers,
        v.answers(),
        a -> a.position,
        i -> new EvaluationAnswerEntity(x, i),
        (answer, a) -> {
          a.participantRole = answer.participant().role();
          a.participantId = answer.participant().personId();
          a.questionId = answer.questionId();
          a.answer = answer.text();
        });
  }

  private static void copyScreening(ScreeningResult r, ScreeningEntity x, int position) {
    x.position = position;
    x.kind = r.kind();
    x.instrument = r.instrument();
    x.takenOn = r.takenOn();
    Rows.syncByPosition(
        x.scores,
        r.scores(),
        s -> s.position,
        i -> new ScreeningScoreEntity(x, i),
        (score, s) -> {
          s.domain = score.domain();
          s.score = score.score();
        });
  }

  private static void copyCheckIn(CheckIn c, CheckInEntity x, int position) {
    x.position = position;
    x.plannedOn = c.plannedOn();
    x.heldOn = c.heldOn();
    x.summary = c.summary();
    x.stillIndependent = c.stillIndependent();
  }
}
