package nl.redzaam.adapters.persistence.jpa.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.redzaam.application.port.ConcurrentUpdateException;
import nl.redzaam.application.port.MailPreferenceRepository;
import nl.redzaam.application.port.MailPreferences;

/**
 * Mail preferences in table {@code mail_preferences} (migration V9), through plain SQL on the
 * transaction's entity manager: a row is small and has no parts, and creating it must not fail when
 * another transaction creates it at the same moment ({@code ON CONFLICT DO NOTHING}, which
 * PostgreSQL and H2 in PostgreSQL mode both run). Updates are optimistic on the version column.
 */
@ApplicationScoped
public class JpaMailPreferenceRepository implements MailPreferenceRepository {

  private static final String COLUMNS =
      "person_id, weekly_assignments, reminders, coach_news, unsubscribe_token, version";

  private static final String INSERT =
      "INSERT INTO mail_preferences ("
          + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT DO NOTHING";

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  /** For CDI. */
  public JpaMailPreferenceRepository() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public JpaMailPreferenceRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<MailPreferences> find(UUID personId) {
    return one("person_id", personId);
  }

  @Override
  public Optional<MailPreferences> findByToken(String unsubscribeToken) {
    if (unsubscribeToken == null || unsubscribeToken.isBlank()) {
      return Optional.empty();
    }
    return one("unsubscribe_token", unsubscribeToken);
  }

  @Override
  public MailPreferences findOrCreate(UUID personId, String newToken) {
    Optional<MailPreferences> stored = find(personId);
    if (stored.isPresent()) {
      return stored.get();
    }
    insert(MailPreferences.defaults(personId, newToken));
    return find(personId)
        .orElseThrow(() -> new IllegalStateException("Mail preferences of " + personId + " gone"));
  }

  @Override
  public void save(MailPreferences p) {
    int changed;
    if (p.version() == 0) {
      changed = insert(p);
    } else {
      changed =
          em.createNativeQuery(
                  "UPDATE mail_preferences SET weekly_assignments = ?, reminders = ?,"
                      + " coach_news = ?, version = version + 1"
                      + " WHERE person_id = ? AND version = ?")
              .setParameter(1, p.weeklyAssignments())
              .setParameter(2, p.reminders())
              .setParameter(3, p.coachNews().name())
              .setParameter(4, p.personId())
              .setParameter(5, p.version())
              .executeUpdate();
    }
    if (changed != 1) {
      throw new ConcurrentUpdateException(
          "The mail preferences of " + p.personId() + " were changed by someone else", null);
    }
  }

  @Override
  public List<UUID> withWeeklyAssignments() {
    return ids("SELECT person_id FROM mail_preferences WHERE weekly_assignments = TRUE", null);
  }

  @Override
  public List<UUID> withCoachNews(MailPreferences.CoachNews choice) {
    return ids("SELECT person_id FROM mail_preferences WHERE coach_news = ?", choice.name());
  }

  private int insert(MailPreferences p) {
    return em.createNativeQuery(INSERT)
        .setParameter(1, p.personId())
        .setParameter(2, p.weeklyAssignments())
        .setParameter(3, p.reminders())
        .setParameter(4, p.coachNews().name())
        .setParameter(5, p.unsubscribeToken())
        .executeUpdate();
  }

  private Optional<MailPreferences> one(String column, Object value) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT " + COLUMNS + " FROM mail_preferences WHERE " + column + " = ?")
            .setParameter(1, value)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new MailPreferences(
                    uuid(r[0]),
                    (Boolean) r[1],
                    (Boolean) r[2],
                    MailPreferences.CoachNews.valueOf((String) r[3]),
                    (String) r[4],
                    ((Number) r[5]).longValue()));
  }

  private List<UUID> ids(String sql, String parameter) {
    var query = em.createNativeQuery(sql + " ORDER BY person_id");
    if (parameter != null) {
      query.setParameter(1, parameter);
    }
    @SuppressWarnings("unchecked")
    List<Object> rows = query.getResultList();
    return rows.stream().map(JpaMailPreferenceRepository::uuid).toList();
  }

  private static UUID uuid(Object value) {
    return value instanceof UUID u ? u : UUID.fromString(value.toString());
  }
}
