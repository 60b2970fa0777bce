package nl.redzaam.adapters.persistence.jpa.staff;

import nl.redzaam.adapters.persistence.jpa.Rows;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffMemberId;

/** Maps a staff member to its entity and back. */
final class StaffMemberMapper {

  private StaffMemberMapper() {}

  static StaffMember toDomain(StaffMemberEntity e) {
    return new StaffMember(
        new StaffMemberId(e.id),
        new MunicipalityId(e.municipalityId),
        e.name,
        new EmailAddress(e.email),
        e.roles,
        e.organisation,
        e.active,
        e.version);
  }

  /** Brings a new or managed entity in line with the staff member; leaves the version alone. */
  static void copy(StaffMember s, StaffMemberEntity e) {
    e.id = s.id().value();
    e.municipalityId = s.municipalityId().value();
    e.name = s.name();
    e.email = s.email().value();
    Rows.replace(e.roles, s.roles());
    e.organisation = s.organisation();
    e.active = s.active();
  }
}
