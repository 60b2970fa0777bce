package nl.redzaam.domain.support;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.redzaam.domain.shared.AggregateRoot;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * A resident's permission for a verified support organisation to read their trajectory, from the
 * moment it is granted until the resident revokes it.
 */
public final class SupportGrant implements AggregateRoot<SupportGrantId> {

  private final SupportGrantId id;
  private final TrajectoryId trajectoryId;
  private final SupportOrganisationId organisationId;
  private final Instant grantedAt;
  private Instant revokedAt;
  private final long version;

  public SupportGrant(
      SupportGrantId id,
      TrajectoryId trajectoryId,
      SupportOrganisationId organisationId,
      Instant grantedAt,
      Instant revokedAt,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.trajectoryId = Objects.requireNonNull(trajectoryId, "trajectoryId");
    this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
    this.grantedAt = Objects.requireNonNull(grantedAt, "grantedAt");
    this.revokedAt = revokedAt;
    this.version = version;
  }

  /** A new grant; only a verified organisation of the trajectory's municipality may receive one. */
  public static SupportGrant grant(
      SupportGrantId id, TrajectoryId trajectoryId, SupportOrganisation organisation, Instant now) {
    require(
        organisation.verified(),
        "organisation-not-verified",
        "Only an organisation the municipality has verified can be given access");
    return new SupportGrant(id, trajectoryId, organisation.id(), now, null, 0);
  }

  public void revoke(Instant now) {
    require(active(), "grant-already-revoked", "This access has already been revoked");
    revokedAt = Objects.requireNonNull(now, "now");
  }

  public boolean active() {
    return revokedAt == null;
  }

  @Override
  public SupportGrantId id() {
    return id;
  }

  public TrajectoryId trajectoryId() {
    return trajectoryId;
  }

  public SupportOrganisationId organisationId() {
    return organisationId;
  }

  public Instant grantedAt() {
    return grantedAt;
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public long version() {
    return version;
  }
}
