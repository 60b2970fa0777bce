package nl.redzaam.application.usecase;

import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.Actor.ResidentActor;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * Loads a trajectory only for those who may see it: its resident, or its coaches and specialists,
 * and never across municipalities. Anything else looks exactly like a trajectory that does not
 * exist, so that nobody learns about other people's trajectories.
 */
public final class TrajectoryAccess {

  private final TrajectoryRepository trajectories;

  public TrajectoryAccess(TrajectoryRepository trajectories) {
    this.trajectories = trajectories;
  }

  public Trajectory visibleTo(Actor actor, TrajectoryId id) {
    return trajectories
        .find(id)
        .filter(t -> t.municipalityId().equals(actor.municipalityId()))
        .filter(t -> takesPart(actor, t))
        .orElseThrow(() -> new NotFound("No trajectory " + id));
  }

  static boolean takesPart(Actor actor, Trajectory trajectory) {
    if (actor instanceof ResidentActor resident) {
      return trajectory.residentId().equals(resident.residentId());
    }
    StaffActor staff = (StaffActor) actor;
    return trajectory.isCoach(staff.staffMemberId())
        || trajectory.isSpecialist(staff.staffMemberId());
  }

  static StaffActor staff(Actor actor, String action) {
    if (actor instanceof StaffActor staff) {
      return staff;
    }
    throw new AccessDenied("Only staff members may " + action);
  }

  static ResidentActor resident(Actor actor, String action) {
    if (actor instanceof ResidentActor resident) {
      return resident;
    }
    throw new AccessDenied("Only the resident may " + action);
  }
}
