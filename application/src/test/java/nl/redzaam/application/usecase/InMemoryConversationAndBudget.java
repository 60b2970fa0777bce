package nl.redzaam.application.usecase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.redzaam.application.port.BudgetPlanRepository;
import nl.redzaam.application.port.ConcurrentUpdateException;
import nl.redzaam.application.port.MessageRepository;
import nl.redzaam.domain.budget.BudgetPlan;
import nl.redzaam.domain.conversation.Correspondent;
import nl.redzaam.domain.conversation.Message;
import nl.redzaam.domain.conversation.MessageId;
import nl.redzaam.domain.conversation.MessageReading;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** In-memory stores for messages and budget plans that keep copies, as a database would. */
final class InMemoryConversationAndBudget {

  private InMemoryConversationAndBudget() {}

  static final class Messages implements MessageRepository {
    final List<Message> stored = new ArrayList<>();

    private static Message copy(Message m) {
      return new Message(m.id(), m.trajectoryId(), m.author(), m.text(), m.sentAt(), m.readings());
    }

    @Override
    public Optional<Message> find(MessageId id) {
      return stored.stream().filter(m -> m.id().equals(id)).findFirst().map(Messages::copy);
    }

    @Override
    public void add(Message message) {
      stored.add(copy(message));
    }

    @Override
    public List<Message> newestFirst(TrajectoryId trajectory, int offset, int limit) {
      return stored.stream()
          .filter(m -> m.trajectoryId().equals(trajectory))
          .sorted(
              Comparator.comparing(Message::sentAt).thenComparing(m -> m.id().value()).reversed())
          .skip(offset)
          .limit(limit)
          .map(Messages::copy)
          .toList();
    }

    @Override
    public long count(TrajectoryId trajectory) {
      return stored.stream().filter(m -> m.trajectoryId().equals(trajectory)).count();
    }

    @Override
    public List<Message> unreadBy(
        Correspondent reader, TrajectoryId trajectory, Instant sentAtOrBefore) {
      return stored.stream()
          .filter(m -> m.trajectoryId().equals(trajectory))
          .filter(m -> !m.sentAt().isAfter(sentAtOrBefore))
          .filter(m -> !m.author().equals(reader) && !m.isReadBy(reader))
          .sorted(Comparator.comparing(Message::sentAt))
          .map(Messages::copy)
          .toList();
    }

    @Override
    public void addReading(MessageId message, MessageReading reading) {
      for (int i = 0; i < stored.size(); i++) {
        Message m = stored.get(i);
        if (m.id().equals(message)) {
          Message changed = copy(m);
          changed.markReadBy(reading.reader(), reading.readAt());
          stored.set(i, changed);
        }
      }
    }

    @Override
    public Map<TrajectoryId, Long> unreadByStaff(Set<TrajectoryId> trajectories) {
      Map<TrajectoryId, Long> counts = new HashMap<>();
      for (TrajectoryId t : trajectories) {
        counts.put(
            t,
            stored.stream()
                .filter(m -> m.trajectoryId().equals(t))
                .filter(m -> m.author().kind() == Correspondent.Kind.RESIDENT)
                .filter(
                    m ->
                        m.readings().stream()
                            .noneMatch(r -> r.reader().kind() == Correspondent.Kind.STAFF))
                .count());
      }
      return counts;
    }

    @Override
    public Map<TrajectoryId, Instant> lastSentByResident(Set<TrajectoryId> trajectories) {
      Map<TrajectoryId, Instant> last = new HashMap<>();
      stored.stream()
          .filter(m -> trajectories.contains(m.trajectoryId()))
          .filter(m -> m.author().kind() == Correspondent.Kind.RESIDENT)
          .forEach(m -> last.merge(m.trajectoryId(), m.sentAt(), (a, b) -> a.isAfter(b) ? a : b));
      return last;
    }

    @Override
    public long sentByResidents(Set<TrajectoryId> trajectories, Instant from, Instant until) {
      return stored.stream()
          .filter(m -> trajectories.contains(m.trajectoryId()))
          .filter(m -> m.author().kind() == Correspondent.Kind.RESIDENT)
          .filter(m -> !m.sentAt().isBefore(from) && m.sentAt().isBefore(until))
          .count();
    }
  }

  static final class BudgetPlans implements BudgetPlanRepository {
    final Map<TrajectoryId, BudgetPlan> stored = new HashMap<>();

    private static BudgetPlan withVersion(BudgetPlan p, long version) {
      return new BudgetPlan(
          p.trajectoryId(), p.residentRight(), p.incomes(), p.expenses(), p.debts(), version);
    }

    @Override
    public Optional<BudgetPlan> find(TrajectoryId trajectory) {
      return Optional.ofNullable(stored.get(trajectory)).map(p -> withVersion(p, p.version()));
    }

    @Override
    public void add(BudgetPlan plan) {
      if (stored.containsKey(plan.trajectoryId())) {
        throw new ConcurrentUpdateException("exists", null);
      }
      stored.put(plan.trajectoryId(), withVersion(plan, 1));
    }

    @Override
    public void update(BudgetPlan plan) {
      BudgetPlan current = stored.get(plan.trajectoryId());
      if (current == null || current.version() != plan.version()) {
        throw new ConcurrentUpdateException("stale", null);
      }
      stored.put(plan.trajectoryId(), withVersion(plan, plan.version() + 1));
    }
  }
}
