package nl.redzaam.application.administration.municipality;

import jakarta.inject.Inject;
import nl.redzaam.application.administration.AdministratorAccess;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.MunicipalityRepository;
import nl.redzaam.domain.municipality.Municipality;

/**
 * The administrator sets the municipality's house-style colour, which the final report uses; no
 * colour (null) goes back to Redzaam's own.
 */
public final class ChangeHouseColour {

  public record Command(String colour, long expectedVersion) {}

  private final CurrentUser currentUser;
  private final AdministratorAccess access;
  private final MunicipalityRepository municipalities;

  @Inject
  public ChangeHouseColour(
      CurrentUser currentUser, AdministratorAccess access, MunicipalityRepository municipalities) {
    this.currentUser = currentUser;
    this.access = access;
    this.municipalities = municipalities;
  }

  public void execute(Command command) {
    Municipality municipality =
        access.ownMunicipality(access.require(currentUser.actor()), command.expectedVersion());
    municipality.changeHouseColour(command.colour());
    municipalities.update(municipality);
  }
}
