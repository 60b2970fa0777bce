package nl.redzaam.adapters.rest.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.logging.Logger;
import nl.redzaam.application.port.PasswordHasher;

/**
 * Password hashing with PBKDF2-HMAC-SHA512 at OWASP's minimum of 210,000 iterations (the server's
 * defaults are far weaker), a 32-byte salt and a 64-byte key.
 */
@ApplicationScoped
public class PasswordHashing implements PasswordHasher {

  private static final Logger LOG = Logger.getLogger(PasswordHashing.class.getName());

  public static final Map<String, String> PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
          "Pbkdf2PasswordHash.Iterations", "210000",
          "Pbkdf2PasswordHash.SaltSizeBytes", "32",
          "Pbkdf2PasswordHash.KeySizeBytes", "64");

  @Inject Pbkdf2PasswordHash hash;

  /** For use outside a container (tests, tools), with the server's own implementation. */
  public static PasswordHashing outsideContainer(Pbkdf2PasswordHash implementation) {
    PasswordHashing hashing = new PasswordHashing();
    hashing.hash = implementation;
    hashing.configure();
    return hashing;
  }

  @PostConstruct
  void configure() {
    hash.initialize(PARAMETERS);
  }

  @Override
  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  @Override
  public boolean matches(String password, String storedHash) {
    try {
      return hash.verify(password.toCharArray(), storedHash);
    } catch (IllegalArgumentException unreadable) {
      // A stored hash that is not PBKDF2 (damaged, or imported from elsewhere) lets nobody in;
      // the operator hears of it, the caller gets the ordinary wrong-password answer.
      LOG.severe("A stored password hash is unreadable: " + unreadable.getMessage());
      return false;
    }
  }
}
