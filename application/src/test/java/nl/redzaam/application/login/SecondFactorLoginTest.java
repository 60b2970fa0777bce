package nl.redzaam.application.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.redzaam.application.fixtures.InMemorySecondFactors;
import nl.redzaam.application.login.Authentication.NewSession;
import nl.redzaam.application.login.Authentication.SecondFactorDue;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.Actor;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SecondFactorLoginTest {

  private static final String EMAIL = "sanne@voorbeeldstad.example";
  private static final String PASSWORD = "lange zin als wachtwoord";

  private final InMemoryLogins logins = new InMemoryLogins();
  private Authentication authentication;
  private Account account;

  @BeforeEach
  void setUp() {
    account =
        new Account(
            new EmailAddress(EMAIL),
            logins.hasher.hash(PASSWORD),
            Account.Kind.RESIDENT,
            UUID.randomUUID());
    logins.accountRepository.add(account);
    authentication = logins.authentication();
  }

  private OwnSecondFactor own() {
    Actor me =
        new Actor.ResidentActor(
            new ResidentId(account.personId()), new MunicipalityId(UUID.randomUUID()));
    return new OwnSecondFactor(
        () -> me, logins.accountRepository, logins.factors, logins.policy, logins.check());
  }

  private String codeNow(String secret) {
    return InMemorySecondFactors.Codes.codeAt(secret, logins.now);
  }

  /** Turns the second factor on as a resident does from the app; answers the recovery codes. */
  private List<String> turnOn() {
    var enrolment = own().startEnrolment();
    List<String> codes = own().confirmEnrolment(codeNow(enrolment.secret()));
    logins.now = logins.now.plusSeconds(30);
    return codes;
  }

  private String secret() {
    return logins.factors.find(account.personId()).orElseThrow().secret();
  }

  @Test
  void with_a_second_factor_on_the_password_alone_gives_no_session() {
    turnOn();

    var result = authentication.logIn(EMAIL, PASSWORD, null);

    SecondFactorDue due = assertInstanceOf(SecondFactorDue.class, result);
    assertNull(due.enrolment());
    assertTrue(logins.sessions.isEmpty(), "no session before the code");
    NewSession session = authentication.completeLogIn(due.challenge(), codeNow(secret()));
    assertEquals(account, authentication.authenticate(session.token()).orElseThrow());
    assertTrue(session.recoveryCodes().isEmpty());
  }

  @Test
  void a_wrong_code_fails_and_five_lock_the_second_step() {
    turnOn();
    var due = (SecondFactorDue) authentication.logIn(EMAIL, PASSWORD, null);
    String right = codeNow(secret());
    String wrong = right.equals("000000") ? "111111" : "000000";

    for (int i = 0; i < 5; i++) {
      assertThrows(LoginFailed.class, () -> authentication.completeLogIn(due.challenge(), wrong));
    }

    assertThrows(LoginLocked.class, () -> authentication.completeLogIn(due.challenge(), right));
    logins.now = logins.now.plus(Duration.ofMinutes(16));
    var again = (SecondFactorDue) authentication.logIn(EMAIL, PASSWORD, null);
    assertNotNull(authentication.completeLogIn(again.challenge(), codeNow(secret())).token());
  }

  @Test
  void a_code_works_once_so_a_watched_code_cannot_be_replayed() {
    turnOn();
    var first = (SecondFactorDue) authentication.logIn(EMAIL, PASSWORD, null);
    String code = codeNow(secret());
    authentication.completeLogIn(first.challenge(), code);

    var second = (SecondFactorDue) authentication.logIn(EMAIL, PASSWORD, null);
    assertThrows(LoginFailed.class, () -> authentication.completeLogIn(second.challenge(), code));
  }

  @Test
  void each_recovery_code_works_once_and_other_accounts_codes_not_at_all() {
    List<String> codes = turnOn();
    assertEquals(RecoveryCodes.COUNT, codes.size());
    assertEquals(10, codes.stream().distinct().count());

    var first = (SecondFactorDue) authentication.logIn(EMAIL, PASSWORD, null);
    String typedSloppily = " " + codes.get(3).toUpperCase().replace("-", " ") + " ";
    assertNotNull(authentication.completeLogIn(first.challenge(), typedSloppily).token());
    assertEquals(9, own().status().unusedRecoveryCodes());

    var second = (SecondFactorDue) authentication.logIn(EMAIL, PASSWORD, null);
    assertThrows(
        LoginFailed.class, () -> authentication.completeLogIn(second.challenge(), codes.get(3)));
    assertNotNull(authentication.completeLogIn(second.challenge(), codes.get(4)).token());
  }

  @Test
  void a_challenge_expires_after_five_minutes_and_is_used_once() {
    turnOn();
    var due = (SecondFactorDue) authentication.logIn(EMAIL, PASSWORD, null);
    logins.now = logins.now.plus(Duration.ofMinutes(6));
    assertThrows(
        LoginFailed.class, () -> authentication.completeLogIn(due.challenge(), codeNow(secret())));

    var fresh = (SecondFactorDue) authentication.logIn(EMAIL, PASSWORD, null);
    authentication.completeLogIn(fresh.challenge(), codeNow(secret()));
    logins.now = logins.now.plusSeconds(30);
    assertThrows(
        LoginFailed.class,
        () -> authentication.completeLogIn(fresh.challenge(), codeNow(secret())));
  }

  @Test
  void a_required_second_factor_is_set_up_at_login_and_answered_with_recovery_codes() {
    logins.required.add(account.personId());

    var due = assertInstanceOf(SecondFactorDue.class, authentication.logIn(EMAIL, PASSWORD, null));

    assertNotNull(due.enrolment());
    assertTrue(due.enrolment().otpauthUri().startsWith("otpauth://totp/Redzaam%3A"));
    assertTrue(due.enrolment().otpauthUri().contains("secret=" + due.enrolment().secret()));
    NewSession session =
        authentication.completeLogIn(due.challenge(), codeNow(due.enrolment().secret()));
    assertEquals(10, session.recoveryCodes().size());
    logins.now = logins.now.plusSeconds(30);
    var next = assertInstanceOf(SecondFactorDue.class, authentication.logIn(EMAIL, PASSWORD, null));
    assertNull(next.enrolment(), "set up once, asked for a code from then on");
  }

  @Test
  void a_recovery_code_cannot_stand_in_for_the_first_code_of_a_new_app() {
    logins.required.add(account.personId());
    var due = (SecondFactorDue) authentication.logIn(EMAIL, PASSWORD, null);

    assertThrows(
        LoginFailed.class, () -> authentication.completeLogIn(due.challenge(), "abcd-efgh-jkmn"));
  }

  @Test
  void turning_off_needs_a_code_and_is_refused_where_it_is_required() {
    turnOn();
    assertThrows(RuleViolation.class, () -> own().turnOff("000000x"));
    logins.required.add(account.personId());
    RuleViolation required =
        assertThrows(RuleViolation.class, () -> own().turnOff(codeNow(secret())));
    assertEquals("second-factor-required", required.rule());

    logins.required.clear();
    own().turnOff(codeNow(secret()));
    assertInstanceOf(NewSession.class, authentication.logIn(EMAIL, PASSWORD, null));
  }

  @Test
  void an_unconfirmed_app_changes_nothing_at_login() {
    own().startEnrolment();

    assertInstanceOf(NewSession.class, authentication.logIn(EMAIL, PASSWORD, null));
    assertEquals(OwnSecondFactor.State.WAITING_FOR_CODE, own().status().state());
  }

  @Test
  void a_second_app_cannot_be_started_while_one_is_on() {
    turnOn();
    RuleViolation on = assertThrows(RuleViolation.class, () -> own().startEnrolment());
    assertEquals("second-factor-already-on", on.rule());
  }
}
