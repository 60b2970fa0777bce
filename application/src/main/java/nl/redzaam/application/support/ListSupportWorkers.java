package nl.redzaam.application.support;

import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Objects;
import nl.redzaam.application.PageRequest;
import nl.redzaam.application.PageRequest.ResultPage;
import nl.redzaam.application.administration.AdministratorAccess;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.SupportWorkerRepository;
import nl.redzaam.domain.support.SupportOrganisation;
import nl.redzaam.domain.support.SupportOrganisationId;
import nl.redzaam.domain.support.SupportWorker;

/** The workers of one support organisation, deactivated ones included, by name. */
public final class ListSupportWorkers {

  public record Query(SupportOrganisationId organisationId, PageRequest page) {
    public Query {
      Objects.requireNonNull(organisationId, "organisationId");
      Objects.requireNonNull(page, "page");
    }
  }

  private final CurrentUser currentUser;
  private final AdministratorAccess access;
  private final SupportWorkerRepository workers;

  @Inject
  public ListSupportWorkers(
      CurrentUser currentUser, AdministratorAccess access, SupportWorkerRepository workers) {
    this.currentUser = currentUser;
    this.access = access;
    this.workers = workers;
  }

  public ResultPage<SupportWorker> execute(Query query) {
    StaffActor administrator = access.require(currentUser.actor());
    SupportOrganisation organisation = access.organisation(administrator, query.organisationId());
    return query
        .page()
        .of(
            workers.ofOrganisation(organisation.id()).stream()
                .filter(w -> w.municipalityId().equals(administrator.municipalityId()))
                .sorted(
                    Comparator.comparing(SupportWorker::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(w -> w.id().value()))
                .toList());
  }
}
