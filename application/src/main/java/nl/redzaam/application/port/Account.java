package nl.redzaam.application.port;

import java.util.Objects;
import java.util.UUID;
import nl.redzaam.domain.shared.EmailAddress;

/**
 * A login: an email address, a password hash (never the password) and the resident, staff member or
 * support worker it belongs to. A disabled account cannot log in and its sessions end.
 */
public record Account(
    EmailAddress email, String passwordHash, Kind kind, UUID personId, boolean enabled) {

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

  /** An enabled account. */
  public Account(EmailAddress email, String passwordHash, Kind kind, UUID personId) {
    this(email, passwordHash, kind, personId, true);
  }

  public Account withPasswordHash(String newHash) {
    return new Account(email, newHash, kind, personId, enabled);
  }

  public Account disabled() {
    return new Account(email, passwordHash, kind, personId, false);
  }
}
