package nl.redzaam.application.port;

import java.util.UUID;

/**
 * Hands out new identities. Identities are made before an object is stored, not by the database.
 */
public interface IdentityGenerator {
  UUID newId();
}
