package nl.redzaam.application.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Login sessions, stored by the hash of their bearer token (the token itself is never stored). */
public interface SessionRepository {

  record Session(
      String tokenHash, UUID personId, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {
    public Session {
      Objects.requireNonNull(tokenHash, "tokenHash");
      Objects.requireNonNull(personId, "personId");
    }
  }

  void add(Session session);

  Optional<Session> find(String tokenHash);

  void touch(String tokenHash, Instant lastUsedAt);

  void remove(String tokenHash);

  /** Ends every session of this person: at logout everywhere, or when the account is disabled. */
  void removeAllOf(UUID personId);
}
