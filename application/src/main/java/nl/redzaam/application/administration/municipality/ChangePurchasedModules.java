package nl.redzaam.application.administration.municipality;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import nl.redzaam.application.administration.AdministratorAccess;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.MunicipalityRepository;
import nl.redzaam.domain.method.Module;
import nl.redzaam.domain.municipality.Municipality;

/**
 * The administrator sets which modules (and so which trajectory types) the municipality has
 * purchased. Running trajectories of a cancelled module go on; only new ones cannot start.
 */
public final class ChangePurchasedModules {

  /**
   * @param expectedVersion the version the administrator saw (the ETag), so that two administrators
   *     do not overwrite each other's choice unseen
   */
  public record Command(Set<Module> modules, long expectedVersion) {
    public Command {
      modules = Set.copyOf(Objects.requireNonNull(modules, "modules"));
    }
  }

  private final CurrentUser currentUser;
  private final AdministratorAccess access;
  private final MunicipalityRepository municipalities;

  @Inject
  public ChangePurchasedModules(
      CurrentUser currentUser, AdministratorAccess access, MunicipalityRepository municipalities) {
    this.currentUser = currentUser;
    this.access = access;
    this.municipalities = municipalities;
  }

  public void execute(Command command) {
    Municipality municipality =
        access.ownMunicipality(access.require(currentUser.actor()), command.expectedVersion());
    for (Module module : EnumSet.allOf(Module.class)) {
      if (command.modules().contains(module)) {
        municipality.purchase(module);
      } else {
        municipality.cancel(module);
      }
    }
    municipalities.update(municipality);
  }
}
