package nl.redzaam.application.administration;

import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.redzaam.application.port.AccessRecords;
import nl.redzaam.application.port.AccessRecords.AccessRecord;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffMemberId;

/**
 * A resident reads who accessed their data: the newest records first, her own reads left out, with
 * the name of each staff member who acted.
 */
public final class ReadAccessLog {

  public static final int MOST_RECENT = 200;

  /** One access; {@code actorName} is the staff member's name, or null for anyone else. */
  public record Entry(AccessRecord record, String actorName) {}

  private final CurrentUser currentUser;
  private final AccessRecords records;
  private final StaffMemberRepository staff;

  @Inject
  public ReadAccessLog(
      CurrentUser currentUser, AccessRecords records, StaffMemberRepository staff) {
    this.currentUser = currentUser;
    this.records = records;
    this.staff = staff;
  }

  public List<Entry> execute() {
    var resident = TrajectoryAccess.resident(currentUser.actor(), "read their access log");
    // The same few staff members appear on many rows: look each one up once.
    Map<UUID, Optional<String>> names = new HashMap<>();
    return records.shownToResident(resident.residentId(), MOST_RECENT).stream()
        .map(
            r ->
                new Entry(
                    r,
                    "STAFF".equals(r.actorKind()) && r.actorId() != null
                        ? names.computeIfAbsent(r.actorId(), this::staffName).orElse(null)
                        : null))
        .toList();
  }

  private Optional<String> staffName(UUID id) {
    return staff.find(new StaffMemberId(id)).map(StaffMember::name);
  }
}
