package nl.redzaam.application.trajectory.conversation;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import nl.redzaam.application.PageRequest;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.MessageRepository;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.application.trajectory.TrajectoryPermission;
import nl.redzaam.domain.conversation.Message;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** A page of the trajectory's messages, newest first, for the resident and the coaches. */
public final class ListMessages {

  public static final int MAX_PAGE_SIZE = 100;

  /**
   * @param page counted from 1
   * @param pageSize 1 to {@link #MAX_PAGE_SIZE}
   */
  public record Query(TrajectoryId trajectoryId, int page, int pageSize) {
    public Query {
      Objects.requireNonNull(trajectoryId, "trajectoryId");
      if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        throw new IllegalArgumentException("page from 1, pageSize from 1 to " + MAX_PAGE_SIZE);
      }
    }
  }

  public record MessagePage(List<Message> items, int page, int pageSize, long totalItems) {}

  private final CurrentUser currentUser;
  private final TrajectoryAccess access;
  private final MessageRepository messages;

  @Inject
  public ListMessages(
      CurrentUser currentUser, TrajectoryAccess access, MessageRepository messages) {
    this.currentUser = currentUser;
    this.access = access;
    this.messages = messages;
  }

  public MessagePage execute(Query query) {
    access.require(
        currentUser.actor(), TrajectoryPermission.EXCHANGE_MESSAGES, query.trajectoryId());
    int offset = PageRequest.offset(query.page(), query.pageSize());
    return new MessagePage(
        messages.newestFirst(query.trajectoryId(), offset, query.pageSize()),
        query.page(),
        query.pageSize(),
        messages.count(query.trajectoryId()));
  }
}
