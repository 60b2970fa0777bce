package nl.redzaam.application.support;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.administration.AdministratorAccess;
import nl.redzaam.application.administration.PersonAccounts;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.SupportWorkerRepository;
import nl.redzaam.domain.support.SupportOrganisationId;
import nl.redzaam.domain.support.SupportWorker;
import nl.redzaam.domain.support.SupportWorkerId;

/**
 * The administrator deactivates a support worker who leaves the organisation: the account is
 * disabled and every session ends at once, so the next request is refused.
 */
public final class DeactivateSupportWorker {

  public record Command(SupportOrganisationId organisationId, SupportWorkerId workerId) {
    public Command {
      Objects.requireNonNull(organisationId, "organisationId");
      Objects.requireNonNull(workerId, "workerId");
    }
  }

  private final CurrentUser currentUser;
  private final AdministratorAccess access;
  private final SupportWorkerRepository workers;
  private final PersonAccounts accounts;

  @Inject
  public DeactivateSupportWorker(
      CurrentUser currentUser,
      AdministratorAccess access,
      SupportWorkerRepository workers,
      PersonAccounts accounts) {
    this.currentUser = currentUser;
    this.access = access;
    this.workers = workers;
    this.accounts = accounts;
  }

  public void execute(Command command) {
    StaffActor administrator = access.require(currentUser.actor());
    SupportWorker worker = access.worker(administrator, command.workerId());
    if (!worker.organisationId().equals(command.organisationId())) {
      throw new NotFound("No support worker " + command.workerId());
    }
    worker.deactivate();
    workers.update(worker);
    accounts.disable(worker.id().value());
  }
}
