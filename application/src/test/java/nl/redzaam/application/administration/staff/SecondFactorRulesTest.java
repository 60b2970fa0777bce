package nl.redzaam.application.administration.staff;

import static nl.redzaam.application.fixtures.InMemoryAdministration.MUNICIPALITY;
import static nl.redzaam.application.fixtures.InMemoryAdministration.OTHER;
import static nl.redzaam.application.fixtures.InMemoryAdministration.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.administration.municipality.ChangeSecondFactorRule;
import nl.redzaam.application.fixtures.InMemoryAdministration;
import nl.redzaam.application.fixtures.InMemorySecondFactors;
import nl.redzaam.application.login.Authentication.NewSession;
import nl.redzaam.application.login.Authentication.SecondFactorDue;
import nl.redzaam.domain.municipality.SecondFactorRule;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The municipal rule for second factors, and the administrator's reset. */
class SecondFactorRulesTest {

  private final InMemoryAdministration memory = new InMemoryAdministration();
  private StaffMember admin;
  private StaffMember coach;

  private final ChangeSecondFactorRule changeRule =
      new ChangeSecondFactorRule(
          memory.currentUser, memory.administratorAccess, memory.municipalities);
  private final ResetSecondFactor reset =
      new ResetSecondFactor(
          memory.currentUser, memory.administratorAccess, memory.secondFactors, memory.sessions);

  @BeforeEach
  void anAdministratorIsLoggedIn() {
    admin = memory.staffMember(MUNICIPALITY, "Ayla Demir", StaffRole.ADMINISTRATOR);
    coach = memory.staffMember(MUNICIPALITY, "Sanne Jansen", StaffRole.COACH);
    memory.actAs(admin);
  }

  private Object logIn(StaffMember member) {
    return memory.authentication().logIn(member.email().value(), PASSWORD, null);
  }

  private long version() {
    return memory.municipalityStore.get(MUNICIPALITY).version();
  }

  @Test
  void by_default_administrators_set_up_an_app_at_login_and_coaches_need_none() {
    SecondFactorDue due = assertInstanceOf(SecondFactorDue.class, logIn(admin));
    assertNotNull(due.enrolment(), "no app yet, so the login sets one up");
    assertInstanceOf(NewSession.class, logIn(coach));
  }

  @Test
  void the_administrator_can_require_it_of_all_staff_or_of_nobody() {
    changeRule.execute(new ChangeSecondFactorRule.Command(SecondFactorRule.ALL_STAFF, version()));
    assertInstanceOf(SecondFactorDue.class, logIn(coach));

    changeRule.execute(new ChangeSecondFactorRule.Command(SecondFactorRule.VOLUNTARY, version()));
    assertInstanceOf(NewSession.class, logIn(admin));
  }

  @Test
  void only_an_administrator_changes_the_rule() {
    memory.actAs(coach);
    assertThrows(
        AccessDenied.class,
        () ->
            changeRule.execute(
                new ChangeSecondFactorRule.Command(SecondFactorRule.VOLUNTARY, version())));
    assertEquals(
        SecondFactorRule.ADMINISTRATORS,
        memory.municipalityStore.get(MUNICIPALITY).secondFactorRule());
  }

  @Test
  void a_reset_removes_the_app_and_ends_the_colleagues_sessions() {
    changeRule.execute(new ChangeSecondFactorRule.Command(SecondFactorRule.ALL_STAFF, version()));
    var due = (SecondFactorDue) logIn(coach);
    String code = InMemorySecondFactors.Codes.codeAt(due.enrolment().secret(), memory.now);
    NewSession session = memory.authentication().completeLogIn(due.challenge(), code);
    assertTrue(memory.authentication().authenticate(session.token()).isPresent());

    reset.execute(new ResetSecondFactor.Command(coach.id()));

    assertFalse(memory.secondFactors.find(coach.id().value()).isPresent());
    assertTrue(memory.authentication().authenticate(session.token()).isEmpty());
    SecondFactorDue again = assertInstanceOf(SecondFactorDue.class, logIn(coach));
    assertNotNull(again.enrolment(), "a new app is set up at the next login");
  }

  @Test
  void an_administrator_cannot_reset_someone_of_another_municipality() {
    StaffMember elsewhere = memory.staffMember(OTHER, "Joost Elders", StaffRole.COACH);
    assertThrows(
        NotFound.class, () -> reset.execute(new ResetSecondFactor.Command(elsewhere.id())));
  }
}
