package nl.redzaam.adapters.persistence.jpa;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Primary keys for the parts of a trajectory that have no identity of their own in the domain (the
 * progress on an assignment, an own assignment and its questions, an evaluation): a name-based UUID
 * of the owner's id and the part's natural key, so that the same part always gets the same key. A
 * single-column key keeps the batch queries that load the part's own parts simple ({@code owner_id
 * IN (...)}); EclipseLink and H2 mishandle batch queries on composite keys.
 */
public final class PartIds {

  private PartIds() {}

  public static UUID of(UUID owner, String kind, String naturalKey) {
    return UUID.nameUUIDFromBytes(
        (owner + "/" + kind + "/" + naturalKey).getBytes(StandardCharsets.UTF_8));
  }
}
