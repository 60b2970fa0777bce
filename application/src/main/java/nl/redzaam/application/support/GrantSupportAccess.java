package nl.redzaam.application.support;

import static nl.redzaam.domain.shared.RuleViolation.require;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.application.port.SupportGrantRepository;
import nl.redzaam.application.port.SupportOrganisationRepository;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.support.SupportGrant;
import nl.redzaam.domain.support.SupportGrantId;
import nl.redzaam.domain.support.SupportOrganisation;
import nl.redzaam.domain.support.SupportOrganisationId;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * The resident gives a verified support organisation of their municipality read access to their
 * trajectory, until they revoke it. Only the resident decides this.
 */
public final class GrantSupportAccess {

  public record Command(TrajectoryId trajectoryId, SupportOrganisationId organisationId) {
    public Command {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      Objects.requireNonNull(organisationId, "organisationId");
    }
  }

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final SupportOrganisationRepository organisations;
  private final SupportGrantRepository grants;
  private final IdentityGenerator ids;
  private final Clock clock;

  @Inject
  public GrantSupportAccess(
      CurrentUser currentUser,
      TrajectoryAccess access,
      SupportOrganisationRepository organisations,
      SupportGrantRepository grants,
      IdentityGenerator ids,
      Clock clock) {
    this.currentUser = currentUser;
    this.access = access;
    this.organisations = organisations;
    this.grants = grants;
    this.ids = ids;
    this.clock = clock;
  }

  public ListSupportGrants.GrantOverview execute(Command command) {
    Trajectory trajectory =
        access.require(
            currentUser.actor(),
            TrajectoryPermission.MANAGE_SUPPORT_ACCESS,
            command.trajectoryId());
    SupportOrganisation organisation =
        organisations
            .find(command.organisationId())
            .filter(o -> o.municipalityId().equals(trajectory.municipalityId()))
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "unknown-support-organisation",
                        "Not a support organisation of your municipality: "
                            + command.organisationId()));
    require(
        grants.ofTrajectory(trajectory.id()).stream()
            .noneMatch(g -> g.active() && g.organisationId().equals(organisation.id())),
        "support-already-granted",
        organisation.name() + " already has access");
    SupportGrant grant =
        SupportGrant.grant(
            new SupportGrantId(ids.newId()), trajectory.id(), organisation, clock.now());
    grants.add(grant);
    return new ListSupportGrants.GrantOverview(grant, organisation.name());
  }
}
