package nl.redzaam.application.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Single-use tokens sent to people: to activate an account (set the first password) or to reset a
 * password. Stored by the hash of the token.
 */
public interface AccountTokenRepository {

  enum Purpose {
    ACTIVATION,
    PASSWORD_RESET
  }

  record AccountToken(
      String tokenHash,
      Purpose purpose,
      UUID personId,
      Account.Kind kind,
      String email,
      Instant createdAt,
      Instant expiresAt) {
    public AccountToken {
      Objects.requireNonNull(tokenHash, "tokenHash");
      Objects.requireNonNull(purpose, "purpose");
      Objects.requireNonNull(personId, "personId");
      Objects.requireNonNull(kind, "kind");
    }
  }

  void add(AccountToken token);

  /** The token if it exists and has not been used. */
  Optional<AccountToken> findUnused(String tokenHash);

  /** The unused token with this hash for this purpose, unless it has expired. */
  default Optional<AccountToken> findValid(String tokenHash, Purpose purpose, Instant now) {
    return findUnused(tokenHash)
        .filter(t -> t.purpose() == purpose)
        .filter(t -> now.isBefore(t.expiresAt()));
  }

  /**
   * Marks the token used; false when it was used already, so that of two requests racing with one
   * token only one succeeds.
   */
  boolean markUsed(String tokenHash, Instant usedAt);

  /** When the newest token of this person and purpose was issued, used or not. */
  Optional<Instant> lastIssued(UUID personId, Purpose purpose);

  /** Makes earlier unused tokens of this person and purpose unusable, when a new one is sent. */
  void invalidateAllOf(UUID personId, Purpose purpose, Instant at);
}
