package nl.redzaam.application.port;

import java.util.List;
import java.util.Optional;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffMemberId;

public interface StaffMemberRepository {

  Optional<StaffMember> find(StaffMemberId id);

  Optional<StaffMember> findByEmail(EmailAddress email);

  List<StaffMember> ofMunicipality(MunicipalityId municipality);

  void add(StaffMember staffMember);

  /**
   * @throws ConcurrentUpdateException when someone else changed it since it was loaded
   */
  void update(StaffMember staffMember);
}
