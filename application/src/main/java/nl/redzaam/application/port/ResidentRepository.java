package nl.redzaam.application.port;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.shared.EmailAddress;

public interface ResidentRepository {

  Optional<Resident> find(ResidentId id);

  /**
   * The residents with these ids that exist, in one query (a list's names); ids without a resident
   * are left out, the order is not defined.
   */
  List<Resident> findAll(Collection<ResidentId> ids);

  Optional<Resident> findByEmail(EmailAddress email);

  void add(Resident resident);

  /**
   * @throws ConcurrentUpdateException when someone else changed it since it was loaded
   */
  void update(Resident resident);
}
