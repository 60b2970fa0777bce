package nl.redzaam.application.administration.municipality;

import jakarta.inject.Inject;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.MunicipalityRepository;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.domain.municipality.Municipality;

/** The staff member's own municipality with its purchased modules; any staff member may read it. */
public final class ReadMunicipality {

  private final CurrentUser currentUser;
  private final MunicipalityRepository municipalities;

  @Inject
  public ReadMunicipality(CurrentUser currentUser, MunicipalityRepository municipalities) {
    this.currentUser = currentUser;
    this.municipalities = municipalities;
  }

  public Municipality execute() {
    StaffActor actor = TrajectoryAccess.staff(currentUser.actor(), "read the municipality");
    return municipalities
        .find(actor.municipalityId())
        .orElseThrow(() -> new NotFound("No municipality " + actor.municipalityId()));
  }
}
