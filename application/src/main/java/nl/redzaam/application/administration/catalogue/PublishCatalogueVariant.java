package nl.redzaam.application.administration.catalogue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import nl.redzaam.application.StaleVersion;
import nl.redzaam.application.administration.AdministratorAccess;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.CatalogueVariantRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.ConcurrentUpdateException;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.catalogue.CatalogueVariant;
import nl.redzaam.domain.catalogue.Tailoring;
import nl.redzaam.domain.method.TrajectoryType;

/**
 * The administrator publishes the own municipality's tailorings of a type's catalogue as the next
 * version of its variant, based on the current national catalogue. Published versions never change:
 * running trajectories keep the version they started on; new trajectories start on this one. The
 * change names the variant version it was based on (0 for the first), like other administration
 * changes.
 */
public final class PublishCatalogueVariant {

  public record Command(TrajectoryType type, long expectedVersion, List<Tailoring> tailorings) {
    public Command {
      Objects.requireNonNull(type, "type");
      tailorings = List.copyOf(tailorings);
    }
  }

  private final CurrentUser currentUser;
  private final AdministratorAccess access;
  private final CatalogueRepository national;
  private final CatalogueVariantRepository variants;
  private final Clock clock;

  @Inject
  public PublishCatalogueVariant(
      CurrentUser currentUser,
      AdministratorAccess access,
      CatalogueRepository national,
      CatalogueVariantRepository variants,
      Clock clock) {
    this.currentUser = currentUser;
    this.access = access;
    this.national = national;
    this.variants = variants;
    this.clock = clock;
  }

  /**
   * @return the id of the published version
   * @throws StaleVersion when the newest version is not the expected one
   * @throws nl.redzaam.domain.shared.RuleViolation when a tailoring does not fit the catalogue or a
   *     text is above B1
   */
  public CatalogueId execute(Command command) {
    StaffActor administrator = access.require(currentUser.actor());
    int current =
        variants
            .newest(administrator.municipalityId(), command.type())
            .map(v -> v.id().version())
            .orElse(0);
    StaleVersion.require(command.expectedVersion(), current, "The catalogue variant");
    Catalogue base =
        national
            .current(command.type())
            .orElseThrow(
                () -> new IllegalStateException("No catalogue published for " + command.type()));
    CatalogueVariant variant =
        new CatalogueVariant(
            new CatalogueId(command.type(), current + 1, administrator.municipalityId()),
            base.id(),
            clock.today(),
            command.tailorings());
    variant.applyTo(base); // refuses tailorings that do not fit before anything is stored
    try {
      variants.add(variant);
    } catch (ConcurrentUpdateException e) {
      throw new StaleVersion("Someone published the catalogue variant at the same time", e);
    }
    return variant.id();
  }
}
