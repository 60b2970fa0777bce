package nl.redzaam.adapters.persistence.jpa.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.redzaam.application.port.MessageRepository;
import nl.redzaam.domain.conversation.Correspondent;
import nl.redzaam.domain.conversation.Message;
import nl.redzaam.domain.conversation.MessageId;
import nl.redzaam.domain.conversation.MessageReading;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** Messages and their readings in the database: a list of messages costs two queries. */
@ApplicationScoped
public class JpaMessageRepository implements MessageRepository {

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  /** For CDI. */
  public JpaMessageRepository() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public JpaMessageRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Message> find(MessageId id) {
    return Optional.ofNullable(em.find(MessageEntity.class, id.value()))
        .map(e -> withReadings(List.of(e)).get(0));
  }

  @Override
  public void add(Message message) {
    MessageEntity e = new MessageEntity();
    e.id = message.id().value();
    e.trajectoryId = message.trajectoryId().value();
    e.authorKind = message.author().kind();
    e.authorId = message.author().id();
    e.body = message.text();
    e.sentAt = message.sentAt();
    em.persist(e);
    message.readings().forEach(r -> em.persist(reading(message.id(), r)));
    em.flush();
  }

  @Override
  public List<Message> newestFirst(TrajectoryId trajectory, int offset, int limit) {
    return withReadings(
        em.createQuery(
                "SELECT m FROM MessageEntity m WHERE m.trajectoryId = :trajectory"
                    + " ORDER BY m.sentAt DESC, m.id DESC",
                MessageEntity.class)
            .setParameter("trajectory", trajectory.value())
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultList());
  }

  @Override
  public long count(TrajectoryId trajectory) {
    return em.createQuery(
            "SELECT COUNT(m) FROM MessageEntity m WHERE m.trajectoryId = :trajectory", Long.class)
        .setParameter("trajectory", trajectory.value())
        .getSingleResult();
  }

  @Override
  public List<Message> unreadBy(
      Correspondent reader, TrajectoryId trajectory, Instant sentAtOrBefore) {
    return withReadings(
        em.createQuery(
                "SELECT m FROM MessageEntity m WHERE m.trajectoryId = :trajectory"
                    + " AND m.sentAt <= :until"
                    + " AND (m.authorKind <> :kind OR m.authorId <> :reader)"
                    + " AND NOT EXISTS (SELECT r FROM MessageReadingEntity r"
                    + "   WHERE r.messageId = m.id AND r.readerKind = :kind"
                    + "   AND r.readerId = :reader)"
                    + " ORDER BY m.sentAt, m.id",
                MessageEntity.class)
            .setParameter("trajectory", trajectory.value())
            .setParameter("until", sentAtOrBefore)
            .setParameter("kind", reader.kind())
            .setParameter("reader", reader.id())
            .getResultList());
  }

  @Override
  public void addReading(MessageId message, MessageReading reading) {
    if (em.find(
            MessageReadingEntity.class,
            MessageReadingEntity.key(message.value(), reading.reader().id()))
        == null) {
      em.persist(reading(message, reading));
      em.flush();
    }
  }

  @Override
  public long sentByResidents(Set<TrajectoryId> trajectories, Instant from, Instant until) {
    if (trajectories.isEmpty()) {
      return 0;
    }
    return em.createQuery(
            "SELECT COUNT(m) FROM MessageEntity m WHERE m.trajectoryId IN :trajectories"
                + " AND m.authorKind = :resident AND m.sentAt >= :from AND m.sentAt < :until",
            Long.class)
        .setParameter("trajectories", trajectories.stream().map(TrajectoryId::value).toList())
        .setParameter("resident", Correspondent.Kind.RESIDENT)
        .setParameter("from", from)
        .setParameter("until", until)
        .getSingleResult();
  }

  private static UUID uuid(Object value) {
    return value instanceof UUID id ? id : UUID.fromString(value.toString());
  }

  private static MessageReadingEntity reading(MessageId message, MessageReading reading) {
    MessageReadingEntity e = new MessageReadingEntity();
    e.id = MessageReadingEntity.key(message.value(), reading.reader().id());
    e.messageId = message.value();
    e.readerKind = reading.reader().kind();
    e.readerId = reading.reader().id();
    e.readAt = reading.readAt();
    return e;
  }

  /** The messages as domain objects, with their readings loaded in one query for all. */
  private List<Message> withReadings(List<MessageEntity> messages) {
    if (messages.isEmpty()) {
      return List.of();
    }
    Collection<UUID> ids = messages.stream().map(m -> m.id).toList();
    Map<UUID, List<MessageReadingEntity>> readings =
        em
            .createQuery(
                "SELECT r FROM MessageReadingEntity r WHERE r.messageId IN :ids"
                    + " ORDER BY r.readAt, r.id",
                MessageReadingEntity.class)
            .setParameter("ids", ids)
            .getResultList()
            .stream()
            .collect(Collectors.groupingBy(r -> r.messageId));
    return messages.stream()
        .map(
            m ->
                new Message(
                    new MessageId(m.id),
                    new TrajectoryId(m.trajectoryId),
                    new Correspondent(m.authorKind, m.authorId),
                    m.body,
                    m.sentAt,
                    readings.getOrDefault(m.id, List.of()).stream()
                        .map(
                            r ->
                                new MessageReading(
                                    new Correspondent(r.readerKind, r.readerId), r.readAt))
                        .toList()))
        .toList();
  }
}
