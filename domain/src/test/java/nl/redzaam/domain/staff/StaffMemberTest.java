package nl.redzaam.domain.staff;

import static nl.redzaam.domain.RuleAssertions.assertViolates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.UUID;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;

class StaffMemberTest {

  private static StaffMember member(Set<StaffRole> roles, String organisation) {
    return new StaffMember(
        new StaffMemberId(new UUID(0, 1)),
        new MunicipalityId(new UUID(0, 2)),
        "Sanne Bakker",
        new EmailAddress("s.bakker@stadsbank.nl"),
        roles,
        organisation,
        true,
        0);
  }

  @Test
  void a_staff_member_needs_a_role() {
    assertViolates("staff-member-needs-a-role", () -> member(Set.of(), null));
  }

  @Test
  void the_last_role_cannot_be_revoked() {
    StaffMember coach = member(Set.of(StaffRole.COACH), null);

    assertViolates("staff-member-needs-a-role", () -> coach.revoke(StaffRole.COACH));
    assertEquals(Set.of(StaffRole.COACH), coach.roles());
  }

  @Test
  void a_specialist_can_also_act_as_coach() {
    StaffMember specialist = member(Set.of(StaffRole.SPECIALIST), "Stadsbank");

    specialist.grant(StaffRole.COACH);

    assertTrue(specialist.holds(StaffRole.COACH));
    assertTrue(specialist.holds(StaffRole.SPECIALIST));
    specialist.revoke(StaffRole.SPECIALIST);
    assertEquals(Set.of(StaffRole.COACH), specialist.roles());
  }

  @Test
  void revoking_a_role_not_held_changes_nothing() {
    StaffMember coach = member(Set.of(StaffRole.COACH), null);

    coach.revoke(StaffRole.ADMINISTRATOR);

    assertEquals(Set.of(StaffRole.COACH), coach.roles());
  }

  @Test
  void a_deactivated_staff_member_holds_no_role() {
    StaffMember coach = member(Set.of(StaffRole.COACH, StaffRole.ADMINISTRATOR), null);

    coach.deactivate();

    assertFalse(coach.active());
    assertFalse(coach.holds(StaffRole.COACH));
    assertFalse(coach.holds(StaffRole.ADMINISTRATOR));
    assertEquals(Set.of(StaffRole.COACH, StaffRole.ADMINISTRATOR), coach.roles());
  }

  @Test
  void the_organisation_is_only_kept_for_people_working_for_an_outside_organisation() {
    assertNull(member(Set.of(StaffRole.COACH), "  ").organisation());
    assertEquals("Stadsbank", member(Set.of(StaffRole.SPECIALIST), " Stadsbank ").organisation());
  }

  @Test
  void a_staff_member_has_a_name() {
    assertViolates(
        "text-required",
        () ->
            new StaffMember(
                new StaffMemberId(new UUID(0, 1)),
                new MunicipalityId(new UUID(0, 2)),
                " ",
                new EmailAddress("x@example.org"),
                Set.of(StaffRole.COACH),
                null,
                true,
                0));
  }

  private static StaffMember registered(Set<StaffRole> roles, String organisation) {
    return StaffMember.register(
        new StaffMemberId(new UUID(0, 3)),
        new MunicipalityId(new UUID(0, 2)),
        "Ayla Demir",
        new EmailAddress("a.demir@voorbeeldstad.nl"),
        roles,
        organisation);
  }

  @Test
  void a_registered_staff_member_is_active() {
    StaffMember coach = registered(Set.of(StaffRole.COACH), null);

    assertTrue(coach.active());
    assertTrue(coach.holds(StaffRole.COACH));
  }

  @Test
  void only_a_specialist_can_be_registered_for_an_outside_organisation() {
    assertViolates(
        "outside-organisation-only-for-specialists",
        () -> registered(Set.of(StaffRole.COACH), "Stadsbank"));
    assertEquals("Stadsbank", registered(Set.of(StaffRole.SPECIALIST), "Stadsbank").organisation());
  }

  @Test
  void an_administrator_is_the_municipalitys_own_staff() {
    assertViolates(
        "administrator-of-outside-organisation",
        () -> registered(Set.of(StaffRole.SPECIALIST, StaffRole.ADMINISTRATOR), "Stadsbank"));
    StaffMember outside = registered(Set.of(StaffRole.SPECIALIST), "Stadsbank");

    assertViolates(
        "administrator-of-outside-organisation", () -> outside.grant(StaffRole.ADMINISTRATOR));
    assertFalse(outside.roles().contains(StaffRole.ADMINISTRATOR));
  }

  @Test
  void a_policy_officer_is_the_municipalitys_own_staff() {
    assertViolates(
        "policy-officer-of-outside-organisation",
        () -> registered(Set.of(StaffRole.SPECIALIST, StaffRole.POLICY_OFFICER), "Stadsbank"));
    StaffMember outside = registered(Set.of(StaffRole.SPECIALIST), "Stadsbank");

    assertViolates(
        "policy-officer-of-outside-organisation", () -> outside.grant(StaffRole.POLICY_OFFICER));
    assertFalse(outside.roles().contains(StaffRole.POLICY_OFFICER));
    assertTrue(registered(Set.of(StaffRole.POLICY_OFFICER), null).holds(StaffRole.POLICY_OFFICER));
  }
}
