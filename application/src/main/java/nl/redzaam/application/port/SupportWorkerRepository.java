package nl.redzaam.application.port;

import java.util.List;
import java.util.Optional;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.support.SupportOrganisationId;
import nl.redzaam.domain.support.SupportWorker;
import nl.redzaam.domain.support.SupportWorkerId;

public interface SupportWorkerRepository {

  Optional<SupportWorker> find(SupportWorkerId id);

  Optional<SupportWorker> findByEmail(EmailAddress email);

  List<SupportWorker> ofOrganisation(SupportOrganisationId organisation);

  void add(SupportWorker worker);

  /**
   * @throws ConcurrentUpdateException when someone else changed it since it was loaded
   */
  void update(SupportWorker worker);
}
