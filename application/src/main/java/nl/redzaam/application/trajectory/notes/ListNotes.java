package nl.redzaam.application.trajectory.notes;

import static nl.redzaam.domain.shared.RuleViolation.require;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.trajectory.Note;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * The notes of a trajectory with their replies, newest first, one page at a time; optionally only
 * those on one assignment or only those still waiting for a reply.
 */
public final class ListNotes {

  public static final int MAX_PAGE_SIZE = 100;

  /**
   * @param assignment only notes on this assignment, or null for all
   * @param onlyAwaitingReply only notes nobody has replied to yet
   * @param page the page, counting from 1
   */
  public record Query(
      TrajectoryId trajectoryId,
      AssignmentCode assignment,
      boolean onlyAwaitingReply,
      int page,
      int pageSize) {
    public Query {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      require(page >= 1, "invalid-paging", "Pages count from 1");
      require(
          pageSize >= 1 && pageSize <= MAX_PAGE_SIZE,
          "invalid-paging",
          "A page holds 1 to " + MAX_PAGE_SIZE + " items");
    }
  }

  public record NotesPage(List<Note> items, int page, int pageSize, int totalItems) {}

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;

  @Inject
  public ListNotes(CurrentUser currentUser, TrajectoryAccess access) {
    this.currentUser = currentUser;
    this.access = access;
  }

  public NotesPage execute(Query query) {
    Trajectory trajectory =
        access.require(currentUser.actor(), TrajectoryPermission.VIEW, query.trajectoryId());
    // The trajectory keeps its notes in the order they were written.
    List<Note> newestFirst = new ArrayList<>(trajectory.notes());
    Collections.reverse(newestFirst);
    List<Note> matching =
        newestFirst.stream()
            .filter(n -> query.assignment() == null || n.assignment().equals(query.assignment()))
            .filter(n -> !query.onlyAwaitingReply() || n.awaitsReply())
            .toList();
    int from = (int) Math.min(matching.size(), (query.page() - 1L) * query.pageSize());
    int to = Math.min(matching.size(), from + query.pageSize());
    return new NotesPage(
        matching.subList(from, to), query.page(), query.pageSize(), matching.size());
  }
}
