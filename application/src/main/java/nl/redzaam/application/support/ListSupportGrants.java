package nl.redzaam.application.support;

import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Objects;
import nl.redzaam.application.PageRequest;
import nl.redzaam.application.PageRequest.ResultPage;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.SupportGrantRepository;
import nl.redzaam.application.port.SupportOrganisationRepository;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.support.SupportGrant;
import nl.redzaam.domain.support.SupportOrganisation;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** Who the resident has given access to their trajectory, revoked grants included, newest first. */
public final class ListSupportGrants {

  public record Query(TrajectoryId trajectoryId, PageRequest page) {
    public Query {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(page, "page");
    }
  }

  /** A grant with the name of the organisation that received it. */
  public record GrantOverview(SupportGrant grant, String organisationName) {}

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final SupportGrantRepository grants;
  private final SupportOrganisationRepository organisations;

  @Inject
  public ListSupportGrants(
      CurrentUser currentUser,
      TrajectoryAccess access,
      SupportGrantRepository grants,
      SupportOrganisationRepository organisations) {
    this.currentUser = currentUser;
    this.access = access;
    this.grants = grants;
    this.organisations = organisations;
  }

  public ResultPage<GrantOverview> execute(Query query) {
    access.require(
        currentUser.actor(), TrajectoryPermission.MANAGE_SUPPORT_ACCESS, query.trajectoryId());
    return query
        .page()
        .of(
            grants.ofTrajectory(query.trajectoryId()).stream()
                .sorted(Comparator.comparing(SupportGrant::grantedAt).reversed())
                .toList())
        .map(
            grant ->
                new GrantOverview(
                    grant,
                    organisations
                        .find(grant.organisationId())
                        .map(SupportOrganisation::name)
                        .orElse("?")));
  }
}
