package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.staff.StaffMemberId;

/**
 * Who takes part in a trajectory and may act in it: the resident, the coaches, the specialists and,
 * while the trajectory is in memory, a stand-in coach. Keeps at least one coach, and a specialist
 * for every type that needs one.
 */
final class Participants {

  private final ResidentId resident;
  private final TrajectoryType type;
  private final Set<StaffMemberId> coaches;
  private final Set<StaffMemberId> specialists;
  private StaffMemberId standInCoach;

  Participants(
      ResidentId resident,
      TrajectoryType type,
      Set<StaffMemberId> coaches,
      Set<StaffMemberId> specialists) {
    this.resident = resident;
    this.type = type;
    this.coaches = new HashSet<>(coaches);
    this.specialists = new HashSet<>(specialists);
  }

  /** The rules for whoever starts a trajectory with these coaches and specialists. */
  static void requireValidStart(
      TrajectoryType type,
      Set<StaffMemberId> coaches,
      Set<StaffMemberId> specialists,
      StaffMemberId startedBy) {
    require(!coaches.isEmpty(), "coach-required", "A trajectory needs at least one coach");
    require(
        !type.requiresSpecialist() || !specialists.isEmpty(),
        "specialist-required",
        "A trajectory of type " + type.dutchName() + " needs a specialist");
    require(
        coaches.contains(startedBy) || specialists.contains(startedBy),
        "starter-takes-part",
        "Whoever starts a trajectory is one of its coaches or specialists");
  }

  void requireCoach(StaffMemberId staff, String action) {
    require(actsAsCoach(staff), "coach-only", "Only a coach of this trajectory may " + action);
  }

  void requireParticipant(Participant participant) {
    boolean takesPart =
        switch (participant.role()) {
          case RESIDENT -> resident.value().equals(participant.personId());
          case COACH -> actsAsCoach(new StaffMemberId(participant.personId()));
          case SPECIALIST -> specialists.contains(new StaffMemberId(participant.personId()));
        };
    require(takesPart, "not-a-participant", "Only the trajectory's participants take part");
  }

  /** A coach, the stand-in coach or a specialist: the staff who work with the resident. */
  boolean isStaff(StaffMemberId staff) {
    return actsAsCoach(staff) || specialists.contains(staff);
  }

  private boolean actsAsCoach(StaffMemberId staff) {
    return coaches.contains(staff) || staff.equals(standInCoach);
  }

  boolean isCoach(StaffMemberId staff) {
    return coaches.contains(staff);
  }

  boolean isSpecialist(StaffMemberId staff) {
    return specialists.contains(staff);
  }

  void addCoach(StaffMemberId coach) {
    coaches.add(Objects.requireNonNull(coach, "coach"));
  }

  void removeCoach(StaffMemberId coach) {
    require(
        !coaches.contains(coach) || coaches.size() > 1,
        "coach-required",
        "A trajectory needs at least one coach");
    coaches.remove(coach);
  }

  void addSpecialist(StaffMemberId specialist) {
    specialists.add(Objects.requireNonNull(specialist, "specialist"));
  }

  void removeSpecialist(StaffMemberId specialist) {
    require(
        !type.requiresSpecialist() || !specialists.contains(specialist) || specialists.size() > 1,
        "specialist-required",
        "A trajectory of type " + type.dutchName() + " needs a specialist");
    specialists.remove(specialist);
  }

  /** Not stored: a stand-in acts for this object's lifetime only. */
  void acceptStandIn(StaffMemberId coach) {
    standInCoach = Objects.requireNonNull(coach, "coach");
  }

  /** The coaches and, while accepted, the stand-in coach. */
  Set<StaffMemberId> actingCoaches() {
    Set<StaffMemberId> acting = new HashSet<>(coaches);
    if (standInCoach != null) {
      acting.add(standInCoach);
    }
    return Set.copyOf(acting);
  }

  Set<StaffMemberId> coaches() {
    return Set.copyOf(coaches);
  }

  Set<StaffMemberId> specialists() {
    return Set.copyOf(specialists);
  }
}
