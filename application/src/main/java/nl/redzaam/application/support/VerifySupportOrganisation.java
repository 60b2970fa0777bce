package nl.redzaam.application.support;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.administration.AdministratorAccess;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.SupportOrganisationRepository;
import nl.redzaam.domain.support.SupportOrganisation;
import nl.redzaam.domain.support.SupportOrganisationId;

/**
 * The administrator records that the municipality has checked the organisation; from then on
 * residents may grant it access to their trajectory. Verifying again changes nothing.
 */
public final class VerifySupportOrganisation {

  public record Command(SupportOrganisationId organisationId) {
    public Command {
      Objects.requireNonNull(organisationId, "organisationId");
    }
  }

  private final CurrentUser currentUser;
  private final AdministratorAccess access;
  private final SupportOrganisationRepository organisations;

  @Inject
  public VerifySupportOrganisation(
      CurrentUser currentUser,
      AdministratorAccess access,
      SupportOrganisationRepository organisations) {
    this.currentUser = currentUser;
    this.access = access;
    this.organisations = organisations;
  }

  public void execute(Command command) {
    SupportOrganisation organisation =
        access.organisation(access.require(currentUser.actor()), command.organisationId());
    if (!organisation.verified()) {
      organisation.verify();
      organisations.update(organisation);
    }
  }
}
