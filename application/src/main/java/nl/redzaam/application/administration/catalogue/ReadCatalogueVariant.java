package nl.redzaam.application.administration.catalogue;

import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import nl.redzaam.application.administration.AdministratorAccess;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.CatalogueVariantRepository;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.CatalogueVariant;
import nl.redzaam.domain.method.TrajectoryType;

/**
 * The administrator reads the own municipality's variant of a type's catalogue: the newest
 * published version (if any) and the catalogue a new trajectory of that type starts on now.
 */
public final class ReadCatalogueVariant {

  /**
   * @param variant the newest published variant, empty when the municipality has none
   * @param version the variant's version, 0 when there is none: what a change must name
   * @param base the national catalogue the variant tailors, or the current one when there is none
   *     (the next version is always based on the current one)
   * @param startsOn what a new trajectory starts on: the variant applied, or the national catalogue
   */
  public record View(
      Optional<CatalogueVariant> variant, int version, Catalogue base, Catalogue startsOn) {}

  private final CurrentUser currentUser;
  private final AdministratorAccess access;
  private final CatalogueVariantRepository variants;
  private final CatalogueRepository catalogues;

  @Inject
  public ReadCatalogueVariant(
      CurrentUser currentUser,
      AdministratorAccess access,
      CatalogueVariantRepository variants,
      CatalogueRepository catalogues) {
    this.currentUser = currentUser;
    this.access = access;
    this.variants = variants;
    this.catalogues = catalogues;
  }

  public View execute(TrajectoryType type) {
    Objects.requireNonNull(type, "type");
    StaffActor administrator = access.require(currentUser.actor());
    Optional<CatalogueVariant> variant = variants.newest(administrator.municipalityId(), type);
    Catalogue startsOn =
        catalogues
            .currentFor(administrator.municipalityId(), type)
            .orElseThrow(() -> new IllegalStateException("No catalogue published for " + type));
    Catalogue base =
        variant.isEmpty()
            ? startsOn
            : catalogues
                .find(variant.get().base())
                .orElseThrow(() -> new IllegalStateException("Missing " + variant.get().base()));
    return new View(variant, variant.map(v -> v.id().version()).orElse(0), base, startsOn);
  }
}
