package nl.redzaam.application.administration.staff;

import static nl.redzaam.application.fixtures.InMemoryAdministration.MUNICIPALITY;
import static nl.redzaam.application.fixtures.InMemoryAdministration.OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.PageRequest;
import nl.redzaam.application.StaleVersion;
import nl.redzaam.application.fixtures.InMemoryAdministration;
import nl.redzaam.application.login.ActivateAccount;
import nl.redzaam.application.login.SecretTokens;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.AccountTokenRepository.Purpose;
import nl.redzaam.application.port.ActivationIssued;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaffUseCasesTest {

  private final InMemoryAdministration memory = new InMemoryAdministration();
  private StaffMember admin;

  private final ListStaffMembers list =
      new ListStaffMembers(memory.currentUser, memory.administratorAccess, memory.staff);
  private final ReadStaffMember read =
      new ReadStaffMember(memory.currentUser, memory.administratorAccess);
  private final CreateStaffMember create =
      new CreateStaffMember(
          memory.currentUser,
          memory.administratorAccess,
          memory.staff,
          memory.personAccounts,
          memory.ids);
  private final ChangeStaffRoles changeRoles =
      new ChangeStaffRoles(memory.currentUser, memory.administratorAccess, memory.staff);
  private final DeactivateStaffMember deactivate =
      new DeactivateStaffMember(
          memory.currentUser, memory.administratorAccess, memory.staff, memory.personAccounts);

  @BeforeEach
  void anAdministratorIsLoggedIn() {
    admin = memory.staffMember(MUNICIPALITY, "Ayla Demir", StaffRole.ADMINISTRATOR);
    memory.actAs(admin);
  }

  private CreateStaffMember.Command newCoach() {
    return new CreateStaffMember.Command(
        "Sanne Jansen", "sanne@voorbeeldstad.nl", Set.of(StaffRole.COACH), null);
  }

  @Test
  void a_new_staff_member_gets_an_activation_link_that_creates_a_staff_account() {
    CreateStaffMember.Created created = create.execute(newCoach());

    StaffMember member = memory.staffStore.get(created.staffMember().id());
    assertEquals(MUNICIPALITY, member.municipalityId());
    assertTrue(member.holds(StaffRole.COACH));
    var token = memory.tokenStore.get(SecretTokens.hash(created.invitation().activationToken()));
    assertEquals(Purpose.ACTIVATION, token.purpose());
    assertEquals(Account.Kind.STAFF, token.kind());
    assertEquals(member.id().value(), token.personId());
    assertTrue(memory.accounts.findByPerson(member.id().value()).isEmpty());
    ActivationIssued mailed = (ActivationIssued) memory.announced.get(0);
    assertEquals(created.invitation().activationToken(), mailed.activationToken());
    assertEquals(member.email(), mailed.email());
    assertEquals(MUNICIPALITY, mailed.municipalityId());
    assertEquals("", mailed.firstName(), "a mail holds no more than a first name");

    memory
        .activateAccount()
        .execute(
            new ActivateAccount.Command(
                created.invitation().activationToken(), "een lange eigen zin", true));

    Account account = memory.accounts.findByPerson(member.id().value()).orElseThrow();
    assertEquals(Account.Kind.STAFF, account.kind());
    assertEquals(new EmailAddress("sanne@voorbeeldstad.nl"), account.email());
    assertNotNull(memory.logIn("sanne@voorbeeldstad.nl", "een lange eigen zin"));
  }

  @Test
  void a_specialist_may_work_for_an_outside_organisation_a_coach_may_not() {
    var specialist =
        create.execute(
            new CreateStaffMember.Command(
                "Peter de Vries",
                "peter@kredietbank.nl",
                Set.of(StaffRole.SPECIALIST),
                "Kredietbank"));
    assertEquals("Kredietbank", specialist.staffMember().organisation());

    RuleViolation coach =
        assertThrows(
            RuleViolation.class,
            () ->
                create.execute(
                    new CreateStaffMember.Command(
                        "Kees Buiten", "kees@buiten.nl", Set.of(StaffRole.COACH), "Buiten")));
    assertEquals("outside-organisation-only-for-specialists", coach.rule());
  }

  @Test
  void an_email_address_in_use_is_refused() {
    RuleViolation taken =
        assertThrows(
            RuleViolation.class,
            () ->
                create.execute(
                    new CreateStaffMember.Command(
                        "Ayla Twee", admin.email().value(), Set.of(StaffRole.COACH), null)));
    assertEquals("email-in-use", taken.rule());
  }

  @Test
  void a_coach_may_not_create_staff() {
    memory.actAs(memory.staffMember(MUNICIPALITY, "Sanne Jansen", StaffRole.COACH));
    int before = memory.staffStore.size();

    assertThrows(AccessDenied.class, () -> create.execute(newCoach()));
    assertThrows(
        AccessDenied.class,
        () -> list.execute(new ListStaffMembers.Query(null, PageRequest.FIRST)));
    assertEquals(before, memory.staffStore.size());
  }

  @Test
  void the_list_holds_only_the_own_municipality_filtered_and_paged() {
    memory.staffMember(MUNICIPALITY, "Bram Coach", StaffRole.COACH);
    memory.staffMember(MUNICIPALITY, "Cor Coach", StaffRole.COACH, StaffRole.SPECIALIST);
    memory.staffMember(MUNICIPALITY, "Dirk Specialist", StaffRole.SPECIALIST);
    memory.staffMember(OTHER, "Anna Elders", StaffRole.COACH);

    var coaches = list.execute(new ListStaffMembers.Query(StaffRole.COACH, new PageRequest(1, 1)));
    var everyone = list.execute(new ListStaffMembers.Query(null, new PageRequest(2, 3)));

    assertEquals(List.of("Bram Coach"), coaches.items().stream().map(StaffMember::name).toList());
    assertEquals(2, coaches.totalItems());
    assertEquals(4, everyone.totalItems());
    assertEquals(
        List.of("Dirk Specialist"), everyone.items().stream().map(StaffMember::name).toList());
  }

  @Test
  void an_administrator_of_another_municipality_gets_404() {
    StaffMember coach = memory.staffMember(MUNICIPALITY, "Sanne Jansen", StaffRole.COACH);
    memory.actAs(memory.staffMember(OTHER, "Anna Elders", StaffRole.ADMINISTRATOR));

    assertThrows(NotFound.class, () -> read.execute(new ReadStaffMember.Query(coach.id())));
    assertThrows(
        NotFound.class, () -> deactivate.execute(new DeactivateStaffMember.Command(coach.id())));
    assertThrows(
        NotFound.class,
        () ->
            changeRoles.execute(
                new ChangeStaffRoles.Command(coach.id(), Set.of(StaffRole.SPECIALIST), 2)));
    assertTrue(memory.staffStore.get(coach.id()).holds(StaffRole.COACH));
  }

  @Test
  void the_administrator_changes_roles() {
    StaffMember coach = memory.staffMember(MUNICIPALITY, "Sanne Jansen", StaffRole.COACH);

    changeRoles.execute(
        new ChangeStaffRoles.Command(
            coach.id(), Set.of(StaffRole.SPECIALIST, StaffRole.ADMINISTRATOR), 2));

    assertEquals(
        Set.of(StaffRole.SPECIALIST, StaffRole.ADMINISTRATOR),
        memory.staffStore.get(coach.id()).roles());
  }

  @Test
  void roles_changed_on_an_old_version_or_to_none_are_refused() {
    StaffMember coach = memory.staffMember(MUNICIPALITY, "Sanne Jansen", StaffRole.COACH);

    assertThrows(
        StaleVersion.class,
        () ->
            changeRoles.execute(
                new ChangeStaffRoles.Command(coach.id(), Set.of(StaffRole.SPECIALIST), 1)));
    RuleViolation none =
        assertThrows(
            RuleViolation.class,
            () -> changeRoles.execute(new ChangeStaffRoles.Command(coach.id(), Set.of(), 2)));
    assertEquals("staff-member-needs-a-role", none.rule());
    assertEquals(Set.of(StaffRole.COACH), memory.staffStore.get(coach.id()).roles());
  }

  @Test
  void the_last_administrator_keeps_the_role() {
    RuleViolation last =
        assertThrows(
            RuleViolation.class,
            () ->
                changeRoles.execute(
                    new ChangeStaffRoles.Command(admin.id(), Set.of(StaffRole.COACH), 2)));

    assertEquals("last-administrator", last.rule());
    assertTrue(memory.staffStore.get(admin.id()).holds(StaffRole.ADMINISTRATOR));
  }

  @Test
  void deactivating_disables_the_account_and_ends_all_its_sessions() {
    StaffMember coach = memory.staffMember(MUNICIPALITY, "Sanne Jansen", StaffRole.COACH);
    String password = InMemoryAdministration.PASSWORD;
    var onPhone = memory.logIn(coach.email().value(), password);
    var loggedIn = memory.logIn(coach.email().value(), password);
    assertTrue(memory.authentication().authenticate(loggedIn.token()).isPresent());

    deactivate.execute(new DeactivateStaffMember.Command(coach.id()));

    assertFalse(memory.staffStore.get(coach.id()).active());
    assertFalse(memory.accounts.findByPerson(coach.id().value()).orElseThrow().enabled());
    assertTrue(
        memory.sessionStore.values().stream()
            .noneMatch(s -> s.personId().equals(coach.id().value())));
    assertTrue(memory.authentication().authenticate(loggedIn.token()).isEmpty());
    assertTrue(memory.authentication().authenticate(onPhone.token()).isEmpty());
  }

  @Test
  void a_pending_activation_link_dies_with_the_deactivation() {
    var created = create.execute(newCoach());

    deactivate.execute(new DeactivateStaffMember.Command(created.staffMember().id()));

    RuleViolation invalid =
        assertThrows(
            RuleViolation.class,
            () ->
                memory
                    .activateAccount()
                    .execute(
                        new ActivateAccount.Command(
                            created.invitation().activationToken(), "een lange eigen zin", true)));
    assertEquals("activation-link-invalid", invalid.rule());
  }

  @Test
  void an_administrator_cannot_deactivate_themselves() {
    memory.staffMember(MUNICIPALITY, "Bas Beheer", StaffRole.ADMINISTRATOR);

    RuleViolation self =
        assertThrows(
            RuleViolation.class,
            () -> deactivate.execute(new DeactivateStaffMember.Command(admin.id())));

    assertEquals("cannot-deactivate-yourself", self.rule());
    assertTrue(memory.staffStore.get(admin.id()).active());
  }

  @Test
  void the_last_administrator_cannot_be_deactivated() {
    StaffMember other = memory.staffMember(MUNICIPALITY, "Bas Beheer", StaffRole.ADMINISTRATOR);
    // Meanwhile another request took the role from the acting administrator.
    StaffMember stored = memory.staffStore.get(admin.id());
    stored.grant(StaffRole.COACH);
    stored.revoke(StaffRole.ADMINISTRATOR);

    RuleViolation last =
        assertThrows(
            RuleViolation.class,
            () -> deactivate.execute(new DeactivateStaffMember.Command(other.id())));

    assertEquals("last-administrator", last.rule());
    assertTrue(memory.staffStore.get(other.id()).active());
    assertTrue(memory.accounts.findByPerson(other.id().value()).orElseThrow().enabled());
  }
}
