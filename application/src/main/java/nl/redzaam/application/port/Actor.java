package nl.redzaam.application.port;

import java.util.Set;
import java.util.UUID;
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

  /** The id of the person, which is also the id of their account. */
  UUID personId();

  record ResidentActor(ResidentId residentId, MunicipalityId municipalityId) implements Actor {
    @Override
    public UUID personId() {
      return residentId.value();
    }
  }

  record StaffActor(
      StaffMemberId staffMemberId, MunicipalityId municipalityId, Set<StaffRole> roles)
      implements Actor {
    public StaffActor {
      roles = Set.copyOf(roles);
    }

    public boolean holds(StaffRole role) {
      return roles.contains(role);
    }

    @Override
    public UUID personId() {
      return staffMemberId.value();
    }
  }

  record SupportWorkerActor(
      SupportWorkerId supportWorkerId,
      SupportOrganisationId organisationId,
      MunicipalityId municipalityId)
      implements Actor {
    @Override
    public UUID personId() {
      return supportWorkerId.value();
    }
  }
}
