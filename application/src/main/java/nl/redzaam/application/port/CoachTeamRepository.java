package nl.redzaam.application.port;

import java.util.List;
import java.util.Optional;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.staff.CoachTeam;
import nl.redzaam.domain.staff.CoachTeamId;
import nl.redzaam.domain.staff.StaffMemberId;

public interface CoachTeamRepository {

  Optional<CoachTeam> find(CoachTeamId id);

  List<CoachTeam> ofMunicipality(MunicipalityId municipality);

  /** The teams this staff member belongs to. */
  List<CoachTeam> withMember(StaffMemberId member);

  void add(CoachTeam team);

  /**
   * @throws ConcurrentUpdateException when someone else changed it since it was loaded
   */
  void update(CoachTeam team);

  void remove(CoachTeamId id);
}
