package nl.redzaam.deployment.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.CatalogueVariantRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.usecase.AdministratorAccess;
import nl.redzaam.application.usecase.PublishCatalogueVariant;
import nl.redzaam.application.usecase.ReadCatalogueVariant;

/**
 * Builds the administrator's use cases for the municipality's catalogue variants. The catalogues
 * they (and every other use case) get are tailored by {@link TailoredCatalogueRepository}.
 */
@ApplicationScoped
public class CatalogueVariantUseCases {

  @Produces
  ReadCatalogueVariant readCatalogueVariant(
      CurrentUser currentUser,
      AdministratorAccess access,
      CatalogueVariantRepository variants,
      CatalogueRepository catalogues) {
    return new ReadCatalogueVariant(currentUser, access, variants, catalogues);
  }

  @Produces
  PublishCatalogueVariant publishCatalogueVariant(
      CurrentUser currentUser,
      AdministratorAccess access,
      CatalogueRepository catalogues,
      CatalogueVariantRepository variants,
      Clock clock) {
    return new PublishCatalogueVariant(currentUser, access, catalogues, variants, clock);
  }
}
