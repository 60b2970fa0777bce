package nl.redzaam.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Second factors: one authenticator (a TOTP secret) per account, its single-use recovery codes
 * (stored hashed), and logins whose password was right and that wait for a code.
 */
public interface SecondFactorRepository {

  /**
   * @param secret the shared TOTP secret in Base32
   * @param confirmedAt when a first code confirmed the enrolment; null while it waits for one
   * @param lastUsedStep the newest 30-second step a code was accepted for
   */
  record Authenticator(
      UUID personId, String secret, Instant createdAt, Instant confirmedAt, long lastUsedStep) {
    public Authenticator {
      Objects.requireNonNull(personId, "personId");
      Objects.requireNonNull(secret, "secret");
      Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean confirmed() {
      return confirmedAt != null;
    }
  }

  /** A login that has passed its password and waits for the second factor. */
  record Challenge(String tokenHash, UUID personId, Instant expiresAt) {
    public Challenge {
      Objects.requireNonNull(tokenHash, "tokenHash");
      Objects.requireNonNull(personId, "personId");
      Objects.requireNonNull(expiresAt, "expiresAt");
    }
  }

  Optional<Authenticator> find(UUID personId);

  /** Stores a new, unconfirmed authenticator, replacing the person's earlier one and its codes. */
  void replace(Authenticator authenticator);

  void confirm(UUID personId, Instant at, List<String> recoveryCodeHashes);

  /**
   * Records that a code for this step was accepted, in one conditional update.
   *
   * @return false when this step or a later one was used already (a replayed code)
   */
  boolean useStep(UUID personId, long step);

  /** Removes the authenticator and the recovery codes; the person logs in with a password again. */
  void remove(UUID personId);

  /**
   * Uses up one recovery code, in one conditional update.
   *
   * @return false when the person has no such unused code
   */
  boolean useRecoveryCode(UUID personId, String codeHash, Instant at);

  void replaceRecoveryCodes(UUID personId, List<String> codeHashes);

  int unusedRecoveryCodes(UUID personId);

  void addChallenge(Challenge challenge);

  Optional<Challenge> findChallenge(String tokenHash);

  void removeChallenge(String tokenHash);
}
