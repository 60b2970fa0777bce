package nl.redzaam.deployment.wiring;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import nl.redzaam.application.administration.catalogue.TailoredCatalogues;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.CatalogueVariantRepository;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.MunicipalityId;

/**
 * Puts the municipalities' catalogue variants behind the national catalogues wherever a use case
 * reads a {@link CatalogueRepository}: a decorator, so that no producer has to change. A trajectory
 * on a variant finds its version by id; a new trajectory starts on the municipality's newest
 * variant.
 */
@Decorator
@Dependent
@Priority(Interceptor.Priority.APPLICATION)
public abstract class TailoredCatalogueRepository implements CatalogueRepository {

  @Inject @Delegate @Any CatalogueRepository national;

  @Inject CatalogueVariantRepository variants;

  private TailoredCatalogues tailored() {
    return new TailoredCatalogues(national, variants);
  }

  @Override
  public Optional<Catalogue> find(CatalogueId id) {
    return tailored().find(id);
  }

  @Override
  public Optional<Catalogue> current(TrajectoryType type) {
    return national.current(type);
  }

  @Override
  public Optional<Catalogue> currentFor(MunicipalityId municipality, TrajectoryType type) {
    return tailored().currentFor(municipality, type);
  }
}
