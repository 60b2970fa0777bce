package nl.redzaam.domain.trajectory;

import java.util.Objects;
import java.util.UUID;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.staff.StaffMemberId;

/** Someone taking part in a trajectory: its resident, one of its coaches or specialists. */
public record Participant(ParticipantRole role, UUID personId) {
  public Participant {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(personId, "personId");
  }

  public static Participant resident(ResidentId id) {
    return new Participant(ParticipantRole.RESIDENT, id.value());
  }

  public static Participant coach(StaffMemberId id) {
    return new Participant(ParticipantRole.COACH, id.value());
  }

  public static Participant specialist(StaffMemberId id) {
    return new Participant(ParticipantRole.SPECIALIST, id.value());
  }
}
