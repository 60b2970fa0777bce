package nl.redzaam.domain.staff;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.shared.AggregateRoot;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.shared.Text;

/**
 * A professional working for (or on behalf of) one municipality. Invariants: holds at least one
 * role; the organisation is only set for people working for an outside organisation.
 */
public final class StaffMember implements AggregateRoot<StaffMemberId> {

  private final StaffMemberId id;
  private final MunicipalityId municipalityId;
  private String name;
  private EmailAddress email;
  private final EnumSet<StaffRole> roles;
  private String organisation;
  private boolean active;
  private final long version;

  public StaffMember(
      StaffMemberId id,
      MunicipalityId municipalityId,
      String name,
      EmailAddress email,
      Set<StaffRole> roles,
      String organisation,
      boolean active,
      long version) {
    require(
        !roles.isEmpty(), "staff-member-needs-a-role", "A staff member needs at least one role");
    this.id = Objects.requireNonNull(id, "id");
    this.municipalityId = Objects.requireNonNull(municipalityId, "municipalityId");
    this.name = Text.required(name, "The name", 200);
    this.email = Objects.requireNonNull(email, "email");
    this.roles = EnumSet.copyOf(roles);
    this.organisation = Text.optional(organisation, "The organisation", 200);
    this.active = active;
    this.version = version;
  }

  /**
   * A new staff member, active from the start. Someone of an outside organisation is there as a
   * specialist (a debt counsellor or administrator working for the municipality); municipal
   * administrators are always the municipality's own staff.
   */
  public static StaffMember register(
      StaffMemberId id,
      MunicipalityId municipalityId,
      String name,
      EmailAddress email,
      Set<StaffRole> roles,
      String organisation) {
    StaffMember member =
        new StaffMember(id, municipalityId, name, email, roles, organisation, true, 0);
    require(
        member.organisation == null || member.roles.contains(StaffRole.SPECIALIST),
        "outside-organisation-only-for-specialists",
        "Only a specialist can work for an outside organisation");
    member.requireOwnStaffAsAdministrator();
    return member;
  }

  private void requireOwnStaffAsAdministrator() {
    roles.forEach(this::requireOwnStaffFor);
  }

  /** Administrators and policy officers work for the municipality itself. */
  private void requireOwnStaffFor(StaffRole role) {
    if (role.ownStaffOnly() && organisation != null) {
      throw role == StaffRole.ADMINISTRATOR
          ? new RuleViolation(
              "administrator-of-outside-organisation",
              "An administrator must work for the municipality itself, not for an outside"
                  + " organisation")
          : new RuleViolation(
              "policy-officer-of-outside-organisation",
              "A policy officer must work for the municipality itself, not for an outside"
                  + " organisation");
    }
  }

  public boolean holds(StaffRole role) {
    return active && roles.contains(role);
  }

  public void deactivate() {
    active = false;
  }

  public void grant(StaffRole role) {
    requireOwnStaffFor(role);
    roles.add(role);
  }

  public void revoke(StaffRole role) {
    require(
        roles.size() > 1 || !roles.contains(role),
        "staff-member-needs-a-role",
        "A staff member needs at least one role");
    roles.remove(role);
  }

  @Override
  public StaffMemberId id() {
    return id;
  }

  public MunicipalityId municipalityId() {
    return municipalityId;
  }

  public String name() {
    return name;
  }

  public EmailAddress email() {
    return email;
  }

  public Set<StaffRole> roles() {
    return Set.copyOf(roles);
  }

  /**
   * The outside organisation this person works for, or null when they work for the municipality.
   */
  public String organisation() {
    return organisation;
  }

  public boolean active() {
    return active;
  }

  public long version() {
    return version;
  }
}
