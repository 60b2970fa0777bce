package nl.redzaam.application.port;

import java.util.Set;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;

/** Who is making a request: a resident or a staff member, always of one municipality. */
public sealed interface Actor {

  MunicipalityId municipalityId();

  record ResidentActor(ResidentId residentId, MunicipalityId municipalityId) implements Actor {}

  record StaffActor(
      StaffMemberId staffMemberId, MunicipalityId municipalityId, Set<StaffRole> roles)
      implements Actor {
    public StaffActor {
      roles = Set.copyOf(roles);
    }

    public boolean holds(StaffRole role) {
      return roles.contains(role);
    }
  }
}
