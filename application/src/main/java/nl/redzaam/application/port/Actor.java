package nl.redzaam.application.port;

import java.util.Set;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.support.SupportOrganisationId;
import nl.redzaam.domain.support.SupportWorkerId;

/**
 * Who is making a request: a resident, a staff member or a support organisation's worker, always of
 * one municipality.
 */
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

  record SupportWorkerActor(
      SupportWorkerId supportWorkerId,
      SupportOrganisationId organisationId,
      MunicipalityId municipalityId)
      implements Actor {}
}
