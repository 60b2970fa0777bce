package nl.redzaam.application.usecase;

import jakarta.inject.Inject;
import java.util.List;
import nl.redzaam.application.port.AccessRecords;
import nl.redzaam.application.port.AccessRecords.AccessRecord;
import nl.redzaam.application.port.CurrentUser;

/** A resident reads who accessed their data: the newest records first, her own reads left out. */
public final class ReadAccessLog {

  public static final int MOST_RECENT = 200;

  private final CurrentUser currentUser;
  private final AccessRecords records;

  @Inject
  public ReadAccessLog(CurrentUser currentUser, AccessRecords records) {
    this.currentUser = currentUser;
    this.records = records;
  }

  public List<AccessRecord> execute() {
    var resident = TrajectoryAccess.resident(currentUser.actor(), "read their access log");
    return records.shownToResident(resident.residentId(), MOST_RECENT);
  }
}
