package nl.redzaam.application.support;

import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Objects;
import nl.redzaam.application.PageRequest;
import nl.redzaam.application.PageRequest.ResultPage;
import nl.redzaam.application.administration.AdministratorAccess;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.SupportOrganisationRepository;
import nl.redzaam.domain.support.SupportOrganisation;

/** The support organisations registered with the municipality, verified or not, by name. */
public final class ListSupportOrganisations {

  public record Query(PageRequest page) {
    public Query {
      Objects.requireNonNull(page, "page");
    }
  }

  private final CurrentUser currentUser;
  private final AdministratorAccess access;
  private final SupportOrganisationRepository organisations;

  @Inject
  public ListSupportOrganisations(
      CurrentUser currentUser,
      AdministratorAccess access,
      SupportOrganisationRepository organisations) {
    this.currentUser = currentUser;
    this.access = access;
    this.organisations = organisations;
  }

  public ResultPage<SupportOrganisation> execute(Query query) {
    StaffActor administrator = access.require(currentUser.actor());
    return query
        .page()
        .of(
            organisations.ofMunicipality(administrator.municipalityId()).stream()
                .filter(o -> o.municipalityId().equals(administrator.municipalityId()))
                .sorted(
                    Comparator.comparing(SupportOrganisation::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(o -> o.id().value()))
                .toList());
  }
}
