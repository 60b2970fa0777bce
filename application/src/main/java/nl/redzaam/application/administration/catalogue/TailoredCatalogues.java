package nl.redzaam.application.administration.catalogue;

import java.util.Optional;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.CatalogueVariantRepository;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.catalogue.CatalogueVariant;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.MunicipalityId;

/**
 * The national catalogues together with the municipalities' variants, behind the one port the use
 * cases read. A variant's id gives the variant applied to the national version it is based on, so a
 * trajectory started on a variant keeps working on exactly that version, whatever is published
 * later.
 */
public final class TailoredCatalogues implements CatalogueRepository {

  private final CatalogueRepository national;
  private final CatalogueVariantRepository variants;

  public TailoredCatalogues(CatalogueRepository national, CatalogueVariantRepository variants) {
    this.national = national;
    this.variants = variants;
  }

  @Override
  public Optional<Catalogue> find(CatalogueId id) {
    return id.isVariant() ? variants.find(id).map(this::applied) : national.find(id);
  }

  @Override
  public Optional<Catalogue> current(TrajectoryType type) {
    return national.current(type);
  }

  @Override
  public Optional<Catalogue> currentFor(MunicipalityId municipality, TrajectoryType type) {
    Optional<CatalogueVariant> variant = variants.newest(municipality, type);
    return variant.isPresent() ? Optional.of(applied(variant.get())) : current(type);
  }

  /** The national catalogue a variant is based on; published versions are never removed. */
  Catalogue baseOf(CatalogueVariant variant) {
    return national
        .find(variant.base())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Catalogue " + variant.base() + " of variant " + variant.id() + " is missing"));
  }

  private Catalogue applied(CatalogueVariant variant) {
    return variant.applyTo(baseOf(variant));
  }
}
