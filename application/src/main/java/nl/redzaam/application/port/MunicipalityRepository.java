package nl.redzaam.application.port;

import java.util.List;
import java.util.Optional;
import nl.redzaam.domain.municipality.Municipality;
import nl.redzaam.domain.municipality.MunicipalityId;

public interface MunicipalityRepository {

  Optional<Municipality> find(MunicipalityId id);

  List<Municipality> all();

  void add(Municipality municipality);

  /**
   * @throws ConcurrentUpdateException when someone else changed it since it was loaded
   */
  void update(Municipality municipality);
}
