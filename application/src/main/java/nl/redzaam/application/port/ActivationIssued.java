package nl.redzaam.application.port;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.shared.DomainEvent;
import nl.redzaam.domain.shared.EmailAddress;

/**
 * A person got a single-use activation token (an invitation): the notification adapter mails them
 * the link. It carries the token itself, which is stored only as a hash, because the mail is the
 * only place where the person receives it.
 *
 * @param firstName the name to greet the person with, or empty for staff (whose full name is all
 *     Redzaam knows, and a mail holds no more than a first name)
 */
public record ActivationIssued(
    Account.Kind kind,
    UUID personId,
    EmailAddress email,
    String firstName,
    MunicipalityId municipalityId,
    String activationToken,
    Instant expiresAt,
    Instant occurredAt)
    implements DomainEvent {

  public ActivationIssued {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(municipalityId, "municipalityId");
    Objects.requireNonNull(activationToken, "activationToken");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  /** Without the token and the address, so that the event can be logged. */
  @Override
  public String toString() {
    return "ActivationIssued[" + kind + " " + personId + " at " + occurredAt + "]";
  }
}
