package nl.redzaam.application.trajectory.evaluation;

import jakarta.inject.Inject;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.trajectory.Relation;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryChanges;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.trajectory.Participant;
import nl.redzaam.domain.trajectory.ParticipantRole;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * The resident, a coach or a specialist answers their own part of an open evaluation, replacing
 * what they answered before.
 */
public final class AnswerEvaluation {

  /**
   * @param answers free text per question id
   * @param as the part to answer for a staff member who is both coach and specialist of the
   *     trajectory; null answers as coach if one is a coach (or stands in), else as specialist
   */
  public record Command(
      TrajectoryId trajectoryId,
      EvaluationKind kind,
      Map<String, String> answers,
      ParticipantRole as) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(kind, "kind");
      answers = Map.copyOf(answers);
    }
  }

  private final TrajectoryChanges changes;

  @Inject
  public AnswerEvaluation(TrajectoryChanges changes) {
    this.changes = changes;
  }

  public void execute(Command command) {
    changes.change(
        command.trajectoryId(),
        TrajectoryPermission.TAKE_PART_IN_EVALUATIONS,
        (trajectory, by) -> {
          Participant participant = participant(by.actor(), by.relations(), command.as());
          trajectory.answerEvaluation(command.kind(), participant, command.answers(), by.now());
        });
  }

  private static Participant participant(Actor actor, Set<Relation> relations, ParticipantRole as) {
    if (actor instanceof Actor.ResidentActor resident) {
      requirePart(as == null || as == ParticipantRole.RESIDENT, as);
      return Participant.resident(resident.residentId());
    }
    var staff = TrajectoryAccess.staff(actor, "answer as coach or specialist");
    boolean coach =
        relations.contains(Relation.COACH) || relations.contains(Relation.STAND_IN_COACH);
    boolean specialist = relations.contains(Relation.SPECIALIST);
    ParticipantRole part =
        as != null ? as : (coach ? ParticipantRole.COACH : ParticipantRole.SPECIALIST);
    requirePart(
        (part == ParticipantRole.COACH && coach)
            || (part == ParticipantRole.SPECIALIST && specialist),
        part);
    return part == ParticipantRole.COACH
        ? Participant.coach(staff.staffMemberId())
        : Participant.specialist(staff.staffMemberId());
  }

  private static void requirePart(boolean takesThatPart, ParticipantRole part) {
    if (!takesThatPart) {
      throw new AccessDenied("You do not take part in this trajectory as " + part);
    }
  }
}
