package nl.redzaam.application.port;

import java.util.Optional;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.shared.EmailAddress;

public interface ResidentRepository {

  Optional<Resident> find(ResidentId id);

  Optional<Resident> findByEmail(EmailAddress email);

  void add(Resident resident);

  /**
   * @throws ConcurrentUpdateException when someone else changed it since it was loaded
   */
  void update(Resident resident);
}
