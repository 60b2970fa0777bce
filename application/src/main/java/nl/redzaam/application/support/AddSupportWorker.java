package nl.redzaam.application.support;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.administration.AdministratorAccess;
import nl.redzaam.application.administration.PersonAccounts;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.application.port.SupportWorkerRepository;
import nl.redzaam.application.trajectory.start.InviteResident;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.support.SupportOrganisation;
import nl.redzaam.domain.support.SupportOrganisationId;
import nl.redzaam.domain.support.SupportWorker;
import nl.redzaam.domain.support.SupportWorkerId;

/**
 * The administrator adds a worker to a support organisation. The worker activates a support-worker
 * account with the link, through the same flow as residents and staff; they see a trajectory only
 * while its resident grants their organisation access.
 */
public final class AddSupportWorker {

  public record Command(SupportOrganisationId organisationId, String name, String email) {
    public Command {
      Objects.requireNonNull(organisationId, "organisationId");
      Objects.requireNonNull(email, "email");
    }
  }

  public record Added(SupportWorker worker, InviteResident.Invitation invitation) {}

  private final CurrentUser currentUser;
  private final AdministratorAccess access;
  private final SupportWorkerRepository workers;
  private final PersonAccounts accounts;
  private final IdentityGenerator ids;

  @Inject
  public AddSupportWorker(
      CurrentUser currentUser,
      AdministratorAccess access,
      SupportWorkerRepository workers,
      PersonAccounts accounts,
      IdentityGenerator ids) {
    this.currentUser = currentUser;
    this.access = access;
    this.workers = workers;
    this.accounts = accounts;
    this.ids = ids;
  }

  public Added execute(Command command) {
    SupportOrganisation organisation =
        access.organisation(access.require(currentUser.actor()), command.organisationId());
    EmailAddress email = new EmailAddress(command.email());
    SupportWorker worker =
        new SupportWorker(
            new SupportWorkerId(ids.newId()),
            organisation.id(),
            organisation.municipalityId(),
            command.name(),
            email,
            true,
            0);
    accounts.requireUnused(email);
    workers.add(worker);
    return new Added(
        worker,
        accounts.invite(
            worker.id().value(),
            Account.Kind.SUPPORT_WORKER,
            email,
            organisation.municipalityId()));
  }
}
