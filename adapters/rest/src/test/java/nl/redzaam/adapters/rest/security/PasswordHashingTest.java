package nl.redzaam.adapters.rest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stored hashes use at least OWASP's minimum for PBKDF2-HMAC-SHA512, with the server's own code.
 */
class PasswordHashingTest {

  private final PasswordHashing hashing = new PasswordHashing();

  @BeforeEach
  void useTheServersImplementation() {
    hashing.hash = new Pbkdf2PasswordHashImpl();
    hashing.configure();
  }

  @Test
  void hashes_use_pbkdf2_hmac_sha512_with_at_least_210000_iterations() {
    String[] parts = hashing.hash("een-lang-wachtwoord").split(":");

    assertEquals("PBKDF2WithHmacSHA512", parts[0]);
    assertTrue(Integer.parseInt(parts[1]) >= 210_000, parts[1]);
    assertEquals(32, Base64.getDecoder().decode(parts[2]).length, "salt bytes");
    assertEquals(64, Base64.getDecoder().decode(parts[3]).length, "key bytes");
  }

  @Test
  void a_stored_hash_that_is_not_pbkdf2_lets_nobody_in_rather_than_failing() {
    assertFalse(hashing.matches("geheim", "not-a-real-hash:6"));
    assertFalse(hashing.matches("geheim", ""));
  }

  @Test
  void the_same_password_gets_a_different_salt_each_time_and_still_matches() {
    String first = hashing.hash("een-lang-wachtwoord");
    String second = hashing.hash("een-lang-wachtwoord");

    assertNotEquals(first, second);
    assertTrue(hashing.matches("een-lang-wachtwoord", first));
    assertTrue(hashing.matches("een-lang-wachtwoord", second));
    assertFalse(hashing.matches("een-ander-wachtwoord", first));
  }
}
