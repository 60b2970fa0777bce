package nl.redzaam.application.trajectory;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.Actor.ResidentActor;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.Actor.SupportWorkerActor;
import nl.redzaam.application.port.CoachTeamRepository;
import nl.redzaam.application.port.SupportGrantRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.support.SupportGrant;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * The one place that decides who may do what with a trajectory ({@link TrajectoryPermission}).
 * Someone without a relation to the trajectory, or from another municipality, sees exactly what
 * they would see for a trajectory that does not exist, so that nobody learns about other people's
 * trajectories. Every access to a trajectory, allowed or refused, goes to the access log.
 */
public final class TrajectoryAccess {

  private final TrajectoryRepository trajectories;
  private final CoachTeamRepository teams;
  private final SupportGrantRepository grants;
  private final AccessLog accessLog;

  @Inject
  public TrajectoryAccess(
      TrajectoryRepository trajectories,
      CoachTeamRepository teams,
      SupportGrantRepository grants,
      AccessLog accessLog) {
    this.trajectories = trajectories;
    this.teams = teams;
    this.grants = grants;
    this.accessLog = accessLog;
  }

  /**
   * Loads the trajectory for an action the actor wants to take.
   *
   * @throws NotFound when the actor has no relation to it
   * @throws AccessDenied when the actor has a relation but not this permission
   */
  public Trajectory require(Actor actor, TrajectoryPermission permission, TrajectoryId id) {
    Trajectory trajectory =
        trajectories
            .find(id)
            .filter(t -> t.municipalityId().equals(actor.municipalityId()))
            .orElseThrow(() -> new NotFound("No trajectory " + id));
    Set<Relation> relations = relations(actor, trajectory);
    if (asAdministrator(actor, permission)) {
      Set<Relation> withAdministrator = EnumSet.of(Relation.ADMINISTRATOR);
      withAdministrator.addAll(relations);
      relations = withAdministrator;
    }
    if (relations.isEmpty()) {
      throw new NotFound("No trajectory " + id);
    }
    accessLog.concerns(
        trajectory.residentId(),
        trajectory.id(),
        onBehalfOf(actor, relations, coachIds(trajectory)));
    if (!permission.grantedToAnyOf(relations)) {
      throw new AccessDenied("You may not " + permission.description() + " here");
    }
    if (standsInOnly(relations)) {
      trajectory.acceptStandIn(((StaffActor) actor).staffMemberId());
    }
    return trajectory;
  }

  /** How the actor relates to the trajectory; empty when they have nothing to do with it. */
  public Set<Relation> relations(Actor actor, Trajectory trajectory) {
    if (!trajectory.municipalityId().equals(actor.municipalityId())) {
      return Set.of();
    }
    Set<Relation> relations = EnumSet.noneOf(Relation.class);
    if (actor instanceof ResidentActor resident) {
      if (trajectory.residentId().equals(resident.residentId())) {
        relations.add(Relation.RESIDENT);
      }
    } else if (actor instanceof StaffActor staff) {
      StaffMemberId me = staff.staffMemberId();
      if (trajectory.isCoach(me) && staff.holds(StaffRole.COACH)) {
        relations.add(Relation.COACH);
      } else if (staff.holds(StaffRole.COACH) && coversForColleague(me, trajectory)) {
        relations.add(Relation.STAND_IN_COACH);
      }
      if (trajectory.isSpecialist(me) && staff.holds(StaffRole.SPECIALIST)) {
        relations.add(Relation.SPECIALIST);
      }
    } else if (actor instanceof SupportWorkerActor worker
        && grants.ofTrajectory(trajectory.id()).stream()
            .filter(SupportGrant::active)
            .anyMatch(g -> g.organisationId().equals(worker.organisationId()))) {
      relations.add(Relation.SUPPORT_WORKER);
    }
    return relations;
  }

  /**
   * An administrator relates to every trajectory of the municipality, but only for the few
   * permissions granted to administrators (the final report); for anything else the role gives no
   * relation, so an administrator sees no trajectory by virtue of it (data minimisation).
   */
  private static boolean asAdministrator(Actor actor, TrajectoryPermission permission) {
    return permission.grantedTo().contains(Relation.ADMINISTRATOR)
        && actor instanceof StaffActor staff
        && staff.holds(StaffRole.ADMINISTRATOR);
  }

  /** How the access log names the coaches a stand-in acts for. */
  public static String coachIds(Trajectory trajectory) {
    return trajectory.coaches().stream()
        .map(StaffMemberId::toString)
        .sorted()
        .collect(Collectors.joining(","));
  }

  private boolean coversForColleague(StaffMemberId me, Trajectory trajectory) {
    return teams.withMember(me).stream()
        .filter(team -> team.municipalityId().equals(trajectory.municipalityId()))
        .anyMatch(team -> trajectory.coaches().stream().anyMatch(team::has));
  }

  private static String onBehalfOf(Actor actor, Set<Relation> relations, String trajectoryCoaches) {
    if (actor instanceof SupportWorkerActor worker) {
      return "support-organisation:" + worker.organisationId();
    }
    if (standsInOnly(relations)) {
      return "coaches:" + trajectoryCoaches;
    }
    return null;
  }

  /**
   * True when the actor acts on the trajectory only as a stand-in coach (being an administrator as
   * well gives no other say in the trajectory).
   */
  private static boolean standsInOnly(Set<Relation> relations) {
    Set<Relation> others = EnumSet.copyOf(relations);
    others.remove(Relation.ADMINISTRATOR);
    return others.equals(Set.of(Relation.STAND_IN_COACH));
  }

  public static StaffActor staff(Actor actor, String action) {
    if (actor instanceof StaffActor staff) {
      return staff;
    }
    throw new AccessDenied("Only staff members may " + action);
  }

  public static ResidentActor resident(Actor actor, String action) {
    if (actor instanceof ResidentActor resident) {
      return resident;
    }
    throw new AccessDenied("Only the resident may " + action);
  }
}
