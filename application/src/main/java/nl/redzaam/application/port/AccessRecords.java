package nl.redzaam.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.redzaam.domain.resident.ResidentId;

/** The stored access log. Records are only ever appended. */
public interface AccessRecords {

  /**
   * One read or write of a resident's data.
   *
   * @param action what was asked, as method and path template ("GET /v1/trajectories/{id}")
   * @param object the object concerned ("trajectory:…"), or null
   * @param result the outcome, as HTTP status
   * @param origin the client's network address
   * @param actorKind RESIDENT, STAFF or SUPPORT_WORKER
   * @param onBehalfOf for whom the actor acted, or null
   * @param municipalityId the municipality whose administrator may search the record: the actor's
   */
  record AccessRecord(
      UUID id,
      Instant at,
      String action,
      String object,
      UUID residentId,
      int result,
      String origin,
      String actorKind,
      UUID actorId,
      String onBehalfOf,
      UUID municipalityId) {}

  /**
   * Which records of one municipality an administrator looks for; every other field narrows the
   * search and may be null.
   *
   * @param from the earliest time, inclusive
   * @param until the latest time, exclusive
   */
  record Search(UUID municipalityId, UUID residentId, UUID actorId, Instant from, Instant until) {
    public Search {
      Objects.requireNonNull(municipalityId, "municipalityId");
    }
  }

  void append(AccessRecord record);

  /**
   * The newest records about this resident that she is shown, newest first: everything except her
   * own reads, which tell her nothing and would crowd out the others (an open messages screen reads
   * every 30 seconds). Her own reads stay stored.
   */
  List<AccessRecord> shownToResident(ResidentId resident, int limit);

  /** The records found, newest first, from {@code offset} on, at most {@code limit}. */
  List<AccessRecord> search(Search search, int offset, int limit);

  /** How many records the search finds in all. */
  long count(Search search);
}
