package nl.redzaam.application.support;

import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Objects;
import nl.redzaam.application.PageRequest;
import nl.redzaam.application.PageRequest.ResultPage;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.SupportOrganisationRepository;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.support.SupportOrganisation;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * The organisations a resident may give access to their trajectory: those their municipality has
 * verified. Unverified organisations and private persons never appear.
 */
public final class ListAvailableSupportOrganisations {

  public record Query(TrajectoryId trajectoryId, PageRequest page) {
    public Query {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(page, "page");
    }
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final SupportOrganisationRepository organisations;

  @Inject
  public ListAvailableSupportOrganisations(
      CurrentUser currentUser,
      TrajectoryAccess access,
      SupportOrganisationRepository organisations) {
    this.currentUser = currentUser;
    this.access = access;
    this.organisations = organisations;
  }

  public ResultPage<SupportOrganisation> execute(Query query) {
    Trajectory trajectory =
        access.require(
            currentUser.actor(), TrajectoryPermission.MANAGE_SUPPORT_ACCESS, query.trajectoryId());
    return query
        .page()
        .of(
            organisations.ofMunicipality(trajectory.municipalityId()).stream()
                .filter(o -> o.municipalityId().equals(trajectory.municipalityId()))
                .filter(SupportOrganisation::verified)
                .sorted(
                    Comparator.comparing(SupportOrganisation::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(o -> o.id().value()))
                .toList());
  }
}
