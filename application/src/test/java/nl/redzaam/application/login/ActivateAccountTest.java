package nl.redzaam.application.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.AccountTokenRepository.AccountToken;
import nl.redzaam.application.port.AccountTokenRepository.Purpose;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.PasswordPolicy;
import nl.redzaam.application.port.SessionRepository.Session;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActivateAccountTest {

  private static final UUID RESIDENT = UUID.randomUUID();
  private static final String EMAIL = "lisa@example.org";
  private static final String PASSWORD = "mijn eigen lange zin";

  private final InMemoryLogins logins = new InMemoryLogins();
  private final PasswordPolicy policy = mock(PasswordPolicy.class);
  private final TrajectoryRepository trajectories = mock(TrajectoryRepository.class);
  private ActivateAccount activate;
  private String token;

  @BeforeEach
  void setUp() {
    when(trajectories.ofResident(any())).thenReturn(List.of());
    activate =
        new ActivateAccount(
            logins.tokenRepository,
            logins.accountRepository,
            logins.sessionRepository,
            trajectories,
            policy,
            logins.hasher,
            logins.clock,
            mock(Notifications.class));
    token = SecretTokens.newToken();
    logins.tokenRepository.add(
        new AccountToken(
            SecretTokens.hash(token),
            Purpose.ACTIVATION,
            RESIDENT,
            Account.Kind.RESIDENT,
            EMAIL,
            logins.now,
            logins.now.plus(Duration.ofHours(72))));
  }

  @Test
  void the_link_creates_the_account_with_the_chosen_password() {
    activate.execute(new ActivateAccount.Command(token, PASSWORD, true));

    Account account = logins.accounts.get(EMAIL);
    assertEquals(RESIDENT, account.personId());
    assertTrue(logins.hasher.matches(PASSWORD, account.passwordHash()));
  }

  @Test
  void the_link_works_only_once() {
    activate.execute(new ActivateAccount.Command(token, PASSWORD, true));

    RuleViolation second =
        assertThrows(
            RuleViolation.class,
            () -> activate.execute(new ActivateAccount.Command(token, "nog een zin erbij", true)));
    assertEquals("activation-link-invalid", second.rule());
    assertTrue(logins.hasher.matches(PASSWORD, logins.accounts.get(EMAIL).passwordHash()));
  }

  @Test
  void an_expired_link_does_not_work() {
    logins.now = logins.now.plus(Duration.ofHours(73));

    RuleViolation expired =
        assertThrows(
            RuleViolation.class,
            () -> activate.execute(new ActivateAccount.Command(token, PASSWORD, true)));
    assertEquals("activation-link-invalid", expired.rule());
    assertTrue(logins.accounts.isEmpty());
  }

  @Test
  void without_accepting_the_privacy_statement_nothing_happens_and_the_link_still_works() {
    assertThrows(
        RuleViolation.class,
        () -> activate.execute(new ActivateAccount.Command(token, PASSWORD, false)));
    assertTrue(logins.accounts.isEmpty());

    activate.execute(new ActivateAccount.Command(token, PASSWORD, true));
    assertTrue(logins.accounts.containsKey(EMAIL));
  }

  @Test
  void a_password_the_policy_refuses_keeps_the_link_usable() {
    doThrow(new RuleViolation("password-too-common", "Too common"))
        .when(policy)
        .check(any(), any());

    assertThrows(
        RuleViolation.class,
        () -> activate.execute(new ActivateAccount.Command(token, "wachtwoord", true)));
    assertTrue(logins.accounts.isEmpty());
    assertTrue(logins.tokenRepository.findUnused(SecretTokens.hash(token)).isPresent());
  }

  @Test
  void activating_again_with_a_new_link_replaces_the_password_and_ends_old_sessions() {
    logins.accountRepository.add(
        new Account(
            new EmailAddress(EMAIL), logins.hasher.hash("oud"), Account.Kind.RESIDENT, RESIDENT));
    logins.sessionRepository.add(
        new Session("old", RESIDENT, logins.now, logins.now, logins.now.plusSeconds(3600)));

    activate.execute(new ActivateAccount.Command(token, PASSWORD, true));

    assertTrue(logins.hasher.matches(PASSWORD, logins.accounts.get(EMAIL).passwordHash()));
    assertTrue(logins.sessions.isEmpty());
  }
}
