package nl.redzaam.application.port;

import java.util.Objects;
import java.util.UUID;
import nl.redzaam.domain.shared.EmailAddress;

/**
 * A login: an email address, a password hash (never the password) and the resident or staff member
 * it belongs to (a resident, staff member or support worker).
 */
public record Account(EmailAddress email, String passwordHash, Kind kind, UUID personId) {

  public enum Kind {
    RESIDENT,
    STAFF,
    SUPPORT_WORKER
  }

  public Account {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(personId, "personId");
  }
}
