package nl.redzaam.application.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Logins through a municipality's identity provider, kept in the database so that any node can
 * finish them: those on their way to the provider, and those back from it whose session the work
 * environment still has to pick up. Both are found by the hash of a single-use token.
 */
public interface IdentityProviderLoginRepository {

  /**
   * On its way to the provider; found by the hash of the state parameter.
   *
   * @param browserHash the hash of the cookie the browser that started the login got
   */
  record PendingLogin(
      String stateHash,
      String browserHash,
      UUID municipalityId,
      String nonce,
      String codeVerifier,
      Instant expiresAt) {
    public PendingLogin {
      Objects.requireNonNull(stateHash, "stateHash");
      Objects.requireNonNull(browserHash, "browserHash");
      Objects.requireNonNull(municipalityId, "municipalityId");
      Objects.requireNonNull(nonce, "nonce");
      Objects.requireNonNull(codeVerifier, "codeVerifier");
      Objects.requireNonNull(expiresAt, "expiresAt");
    }
  }

  /** Back from the provider with a known staff member; found by the hash of the ticket. */
  record Handover(String ticketHash, UUID personId, Instant expiresAt) {
    public Handover {
      Objects.requireNonNull(ticketHash, "ticketHash");
      Objects.requireNonNull(personId, "personId");
      Objects.requireNonNull(expiresAt, "expiresAt");
    }
  }

  /** Stores the login, and forgets logins of both kinds that expired before {@code now}. */
  void addPending(PendingLogin login, Instant now);

  /** Finds and removes the login, so that a state works once even when two nodes race for it. */
  Optional<PendingLogin> takePending(String stateHash);

  void addHandover(Handover handover);

  /** Finds and removes the handover, so that a ticket works once. */
  Optional<Handover> takeHandover(String ticketHash);
}
