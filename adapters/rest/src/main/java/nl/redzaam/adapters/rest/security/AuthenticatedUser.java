package nl.redzaam.adapters.rest.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.application.port.SupportWorkerRepository;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.support.SupportWorker;
import nl.redzaam.domain.support.SupportWorkerId;

/** The caller of the current HTTP request, as the use cases see them. */
@RequestScoped
public class AuthenticatedUser implements CurrentUser {

  @Inject SecurityContext security;
  @Inject ResidentRepository residents;
  @Inject StaffMemberRepository staff;
  @Inject SupportWorkerRepository supportWorkers;

  private Actor actor;

  @Override
  public Actor actor() {
    if (actor == null) {
      actor = resolve();
    }
    return actor;
  }

  private Actor resolve() {
    Account account =
        security.getPrincipalsByType(AccountPrincipal.class).stream()
            .findFirst()
            .map(AccountPrincipal::account)
            .orElseThrow(() -> new AccessDenied("Log in first"));
    if (account.kind() == Account.Kind.SUPPORT_WORKER) {
      return supportWorkers
          .find(new SupportWorkerId(account.personId()))
          .filter(SupportWorker::active)
          .map(
              w ->
                  (Actor)
                      new Actor.SupportWorkerActor(w.id(), w.organisationId(), w.municipalityId()))
          .orElseThrow(() -> new AccessDenied("This account is not active"));
    }
    if (account.kind() == Account.Kind.RESIDENT) {
      ResidentId id = new ResidentId(account.personId());
      return residents
          .find(id)
          .map(r -> (Actor) new Actor.ResidentActor(r.id(), r.municipalityId()))
          .orElseThrow(() -> new AccessDenied("Unknown resident"));
    }
    StaffMember member =
        staff
            .find(new StaffMemberId(account.personId()))
            .filter(StaffMember::active)
            .orElseThrow(() -> new AccessDenied("This account is not active"));
    return new Actor.StaffActor(member.id(), member.municipalityId(), member.roles());
  }
}
