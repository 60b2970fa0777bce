package nl.redzaam.application.administration.municipality;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.administration.AdministratorAccess;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.MunicipalityRepository;
import nl.redzaam.domain.municipality.Municipality;
import nl.redzaam.domain.municipality.SecondFactorRule;

/**
 * The administrator decides which staff members must log in with a second factor. Those who have
 * none yet are asked to set one up at their next login.
 */
public final class ChangeSecondFactorRule {

  public record Command(SecondFactorRule rule, long expectedVersion) {
    public Command {
      Objects.requireNonNull(rule, "rule");
    }
  }

  private final CurrentUser currentUser;
  private final AdministratorAccess access;
  private final MunicipalityRepository municipalities;

  @Inject
  public ChangeSecondFactorRule(
      CurrentUser currentUser, AdministratorAccess access, MunicipalityRepository municipalities) {
    this.currentUser = currentUser;
    this.access = access;
    this.municipalities = municipalities;
  }

  public void execute(Command command) {
    Municipality municipality =
        access.ownMunicipality(access.require(currentUser.actor()), command.expectedVersion());
    municipality.requireSecondFactor(command.rule());
    municipalities.update(municipality);
  }
}
