package nl.redzaam.adapters.persistence.jpa.staff;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.redzaam.adapters.persistence.jpa.Rows;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.staff.CoachTeam;
import nl.redzaam.domain.staff.CoachTeamId;
import nl.redzaam.domain.staff.StaffMemberId;

/** Maps a coach team to its entity and back. */
final class CoachTeamMapper {

  private CoachTeamMapper() {}

  static CoachTeam toDomain(CoachTeamEntity e) {
    return new CoachTeam(
        new CoachTeamId(e.id),
        new MunicipalityId(e.municipalityId),
        e.name,
        e.members.stream().map(StaffMemberId::new).collect(Collectors.toSet()),
        e.version);
  }

  /** Brings a new or managed entity in line with the team; leaves the version alone. */
  static void copy(CoachTeam t, CoachTeamEntity e) {
    e.id = t.id().value();
    e.municipalityId = t.municipalityId().value();
    e.name = t.name();
    Set<UUID> members = t.members().stream().map(StaffMemberId::value).collect(Collectors.toSet());
    Rows.replace(e.members, members);
  }
}
