package nl.redzaam.application.port;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.shared.DomainEvent;
import nl.redzaam.domain.shared.EmailAddress;

/**
 * Someone asked to reset the password of an existing, enabled account: the notification adapter
 * mails its owner the single-use link. Carries the token, which is stored only as a hash.
 *
 * @param firstName the name to greet the person with, or empty for staff and support workers
 */
public record PasswordResetIssued(
    Account.Kind kind,
    UUID personId,
    EmailAddress email,
    String firstName,
    MunicipalityId municipalityId,
    String resetToken,
    Instant expiresAt,
    Instant occurredAt)
    implements DomainEvent {

  public PasswordResetIssued {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(municipalityId, "municipalityId");
    Objects.requireNonNull(resetToken, "resetToken");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  /** Without the token and the address, so that the event can be logged. */
  @Override
  public String toString() {
    return "PasswordResetIssued[" + kind + " " + personId + " at " + occurredAt + "]";
  }
}
