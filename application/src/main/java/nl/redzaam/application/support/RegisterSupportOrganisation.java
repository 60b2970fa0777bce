package nl.redzaam.application.support;

import jakarta.inject.Inject;
import nl.redzaam.application.administration.AdministratorAccess;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.application.port.SupportOrganisationRepository;
import nl.redzaam.domain.support.SupportOrganisation;
import nl.redzaam.domain.support.SupportOrganisationId;

/**
 * The administrator registers an outside organisation that helps residents, such as a volunteers'
 * service. It starts unverified: residents can grant access only once the municipality verified it.
 */
public final class RegisterSupportOrganisation {

  public record Command(String name) {}

  private final CurrentUser currentUser;
  private final AdministratorAccess access;
  private final SupportOrganisationRepository organisations;
  private final IdentityGenerator ids;

  @Inject
  public RegisterSupportOrganisation(
      CurrentUser currentUser,
      AdministratorAccess access,
      SupportOrganisationRepository organisations,
      IdentityGenerator ids) {
    this.currentUser = currentUser;
    this.access = access;
    this.organisations = organisations;
    this.ids = ids;
  }

  public SupportOrganisation execute(Command command) {
    StaffActor administrator = access.require(currentUser.actor());
    SupportOrganisation organisation =
        new SupportOrganisation(
            new SupportOrganisationId(ids.newId()),
            administrator.municipalityId(),
            command.name(),
            false,
            0);
    organisations.add(organisation);
    return organisation;
  }
}
