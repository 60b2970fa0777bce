package nl.redzaam.application.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import nl.redzaam.application.port.Account;
import nl.redzaam.domain.shared.EmailAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthenticationTest {

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
            Account.Kind.STAFF,
            UUID.randomUUID());
    logins.accountRepository.add(account);
    authentication = logins.authentication();
  }

  @Test
  void a_login_gives_a_token_that_identifies_the_account_and_only_its_hash_is_stored() {
    var session = logIn(EMAIL, PASSWORD, null);

    assertEquals(account, authentication.authenticate(session.token()).orElseThrow());
    assertFalse(logins.sessions.containsKey(session.token()));
    assertTrue(logins.sessions.containsKey(SecretTokens.hash(session.token())));
  }

  @Test
  void the_address_is_matched_regardless_of_case_and_spaces() {
    var session = logIn("  Sanne@Voorbeeldstad.example ", PASSWORD, null);

    assertTrue(authentication.authenticate(session.token()).isPresent());
  }

  @Test
  void a_wrong_password_and_an_unknown_address_fail_alike() {
    assertThrows(LoginFailed.class, () -> logIn(EMAIL, "verkeerd", null));
    assertThrows(LoginFailed.class, () -> logIn("niemand@example.org", PASSWORD, null));
    assertThrows(LoginFailed.class, () -> logIn("geen adres", PASSWORD, null));
  }

  @Test
  void five_failures_lock_the_address_even_for_the_right_password_until_the_lock_ends() {
    for (int i = 0; i < 5; i++) {
      assertThrows(LoginFailed.class, () -> logIn(EMAIL, "fout", null));
    }
    LoginLocked locked = assertThrows(LoginLocked.class, () -> logIn(EMAIL, PASSWORD, null));
    assertEquals(logins.now.plus(Duration.ofMinutes(15)), locked.until());

    logins.now = logins.now.plus(Duration.ofMinutes(16));
    assertTrue(authentication.authenticate(logIn(EMAIL, PASSWORD, null).token()).isPresent());
    assertFalse(logins.failures.containsKey(EMAIL), "a successful login clears the failures");
  }

  @Test
  void unknown_addresses_are_locked_the_same_way_so_a_lock_reveals_nothing() {
    for (int i = 0; i < 5; i++) {
      assertThrows(LoginFailed.class, () -> logIn("niemand@example.org", "fout", null));
    }
    assertThrows(LoginLocked.class, () -> logIn("niemand@example.org", "fout", null));
  }

  @Test
  void a_session_ends_after_thirty_minutes_without_requests() {
    String token = logIn(EMAIL, PASSWORD, null).token();

    logins.now = logins.now.plus(Duration.ofMinutes(29));
    assertTrue(authentication.authenticate(token).isPresent());
    logins.now = logins.now.plus(Duration.ofMinutes(29));
    assertTrue(authentication.authenticate(token).isPresent(), "use keeps the session alive");
    logins.now = logins.now.plus(Duration.ofMinutes(31));
    assertTrue(authentication.authenticate(token).isEmpty());
    assertTrue(logins.sessions.isEmpty(), "the expired session is removed");
  }

  @Test
  void a_session_ends_twelve_hours_after_login_however_active() {
    String token = logIn(EMAIL, PASSWORD, null).token();
    for (int i = 0; i < 47; i++) {
      logins.now = logins.now.plus(Duration.ofMinutes(15));
      assertTrue(authentication.authenticate(token).isPresent());
    }
    logins.now = logins.now.plus(Duration.ofMinutes(15));
    assertTrue(authentication.authenticate(token).isEmpty());
  }

  @Test
  void a_login_replaces_the_token_the_client_still_held() {
    String first = logIn(EMAIL, PASSWORD, null).token();
    String second = logIn(EMAIL, PASSWORD, first).token();

    assertNotEquals(first, second);
    assertTrue(authentication.authenticate(first).isEmpty());
    assertTrue(authentication.authenticate(second).isPresent());
  }

  @Test
  void logout_ends_the_session() {
    String token = logIn(EMAIL, PASSWORD, null).token();

    authentication.logOut(token);

    assertTrue(authentication.authenticate(token).isEmpty());
  }

  @Test
  void disabling_the_account_ends_its_sessions_and_blocks_logins() {
    String token = logIn(EMAIL, PASSWORD, null).token();

    logins.accountRepository.update(account.disabled());

    assertTrue(authentication.authenticate(token).isEmpty());
    assertThrows(LoginFailed.class, () -> logIn(EMAIL, PASSWORD, null));
  }

  /** A password login of an account without a second factor. */
  private Authentication.NewSession logIn(String email, String password, String previous) {
    return (Authentication.NewSession) authentication.logIn(email, password, previous);
  }

  @Test
  void a_made_up_token_identifies_nobody() {
    assertTrue(authentication.authenticate(SecretTokens.newToken()).isEmpty());
    assertTrue(authentication.authenticate("").isEmpty());
  }
}
