package nl.redzaam.application.administration;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.redzaam.application.PageRequest;
import nl.redzaam.application.PageRequest.ResultPage;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.application.port.AccessRecords;
import nl.redzaam.application.port.AccessRecords.AccessRecord;
import nl.redzaam.application.port.AccessRecords.Search;
import nl.redzaam.application.port.Actor.StaffActor;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.application.port.SupportWorkerRepository;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.support.SupportWorker;
import nl.redzaam.domain.support.SupportWorkerId;

/**
 * The administrator searches the municipality's access log: who read or changed which resident's
 * data, when, how (the operation) and on whose behalf; by resident, by actor and by period. A
 * search for one resident is itself a look at her data, so it is logged for her to see.
 */
public final class SearchAccessLog {

  /** What to look for; each field may be null. {@code until} is exclusive. */
  public record Query(
      UUID residentId, UUID actorId, Instant from, Instant until, PageRequest page) {}

  /** A record with the names of the resident and of whoever acted, where they are known. */
  public record Entry(AccessRecord record, String residentName, String actorName) {}

  private final CurrentUser currentUser;
  private final AdministratorAccess access;
  private final AccessRecords records;
  private final AccessLog accessLog;
  private final ResidentRepository residents;
  private final StaffMemberRepository staff;
  private final SupportWorkerRepository workers;

  @Inject
  public SearchAccessLog(
      CurrentUser currentUser,
      AdministratorAccess access,
      AccessRecords records,
      AccessLog accessLog,
      ResidentRepository residents,
      StaffMemberRepository staff,
      SupportWorkerRepository workers) {
    this.currentUser = currentUser;
    this.access = access;
    this.records = records;
    this.accessLog = accessLog;
    this.residents = residents;
    this.staff = staff;
    this.workers = workers;
  }

  public ResultPage<Entry> execute(Query query) {
    StaffActor administrator = access.require(currentUser.actor());
    Search search =
        new Search(
            administrator.municipalityId().value(),
            query.residentId(),
            query.actorId(),
            query.from(),
            query.until());
    if (query.residentId() != null) {
      residents
          .find(new ResidentId(query.residentId()))
          .filter(r -> r.municipalityId().equals(administrator.municipalityId()))
          .ifPresent(r -> accessLog.concerns(r.id(), null, null));
    }
    PageRequest page = query.page();
    int offset = page.offset();
    // The same few people appear on many rows: look each one up once.
    Map<UUID, Optional<String>> names = new HashMap<>();
    return new ResultPage<>(
        records.search(search, offset, page.pageSize()).stream()
            .map(
                r ->
                    new Entry(
                        r,
                        r.residentId() == null
                            ? null
                            : names
                                .computeIfAbsent(r.residentId(), this::residentName)
                                .orElse(null),
                        r.actorId() == null
                            ? null
                            : names
                                .computeIfAbsent(r.actorId(), id -> actorName(r.actorKind(), id))
                                .orElse(null)))
            .toList(),
        page.page(),
        page.pageSize(),
        records.count(search));
  }

  private Optional<String> residentName(UUID id) {
    return residents.find(new ResidentId(id)).map(Resident::fullName);
  }

  private Optional<String> actorName(String kind, UUID id) {
    if ("STAFF".equals(kind)) {
      return staff.find(new StaffMemberId(id)).map(StaffMember::name);
    }
    if ("SUPPORT_WORKER".equals(kind)) {
      return workers.find(new SupportWorkerId(id)).map(SupportWorker::name);
    }
    return "RESIDENT".equals(kind) ? residentName(id) : Optional.empty();
  }
}
