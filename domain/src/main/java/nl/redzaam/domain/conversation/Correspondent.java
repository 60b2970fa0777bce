package nl.redzaam.domain.conversation;

import java.util.Objects;
import java.util.UUID;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.staff.StaffMemberId;

/** Someone who writes or reads messages: the resident, or a staff member (a coach). */
public record Correspondent(Kind kind, UUID id) {

  public enum Kind {
    RESIDENT,
    STAFF
  }

  public Correspondent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  public static Correspondent resident(ResidentId id) {
    return new Correspondent(Kind.RESIDENT, id.value());
  }

  public static Correspondent staff(StaffMemberId id) {
    return new Correspondent(Kind.STAFF, id.value());
  }
}
