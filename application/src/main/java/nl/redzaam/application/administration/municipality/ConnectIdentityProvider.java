package nl.redzaam.application.administration.municipality;

import jakarta.inject.Inject;
import nl.redzaam.application.administration.AdministratorAccess;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.MunicipalityRepository;
import nl.redzaam.domain.municipality.IdentityProvider;
import nl.redzaam.domain.municipality.Municipality;

/**
 * The administrator connects the municipality's own identity provider, so that staff log in there
 * instead of with a Redzaam password; or disconnects it again. Passwords keep working either way,
 * so an administrator is never locked out by a provider that is set up wrong.
 */
public final class ConnectIdentityProvider {

  /**
   * @param accountClaim the claim naming the staff member's email address; blank for {@code email}
   */
  public record Command(
      String issuer, String clientId, String accountClaim, long expectedVersion) {}

  private final CurrentUser currentUser;
  private final AdministratorAccess access;
  private final MunicipalityRepository municipalities;

  @Inject
  public ConnectIdentityProvider(
      CurrentUser currentUser, AdministratorAccess access, MunicipalityRepository municipalities) {
    this.currentUser = currentUser;
    this.access = access;
    this.municipalities = municipalities;
  }

  public void connect(Command command) {
    Municipality municipality = load(command.expectedVersion());
    municipality.connect(
        IdentityProvider.of(command.issuer(), command.clientId(), command.accountClaim()));
    municipalities.update(municipality);
  }

  public void disconnect(long expectedVersion) {
    Municipality municipality = load(expectedVersion);
    municipality.disconnectIdentityProvider();
    municipalities.update(municipality);
  }

  private Municipality load(long expectedVersion) {
    return access.ownMunicipality(access.require(currentUser.actor()), expectedVersion);
  }
}
