package nl.redzaam.application.support;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.administration.AdministratorAccess;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.domain.support.SupportOrganisation;
import nl.redzaam.domain.support.SupportOrganisationId;

/** One support organisation of the administrator's municipality. */
public final class ReadSupportOrganisation {

  public record Query(SupportOrganisationId organisationId) {
    public Query {
      Objects.requireNonNull(organisationId, "organisationId");
    }
  }

  private final CurrentUser currentUser;
  private final AdministratorAccess access;

  @Inject
  public ReadSupportOrganisation(CurrentUser currentUser, AdministratorAccess access) {
    this.currentUser = currentUser;
    this.access = access;
  }

  public SupportOrganisation execute(Query query) {
    return access.organisation(access.require(currentUser.actor()), query.organisationId());
  }
}
