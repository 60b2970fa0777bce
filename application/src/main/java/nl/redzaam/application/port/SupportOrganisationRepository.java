package nl.redzaam.application.port;

import java.util.List;
import java.util.Optional;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.support.SupportOrganisation;
import nl.redzaam.domain.support.SupportOrganisationId;

public interface SupportOrganisationRepository {

  Optional<SupportOrganisation> find(SupportOrganisationId id);

  List<SupportOrganisation> ofMunicipality(MunicipalityId municipality);

  void add(SupportOrganisation organisation);

  /**
   * @throws ConcurrentUpdateException when someone else changed it since it was loaded
   */
  void update(SupportOrganisation organisation);
}
