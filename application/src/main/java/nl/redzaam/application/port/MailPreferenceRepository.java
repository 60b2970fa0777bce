package nl.redzaam.application.port;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores mail preferences; a person without stored preferences has the defaults. */
public interface MailPreferenceRepository {

  Optional<MailPreferences> find(UUID personId);

  /** The preferences an unsubscribe link's token belongs to. */
  Optional<MailPreferences> findByToken(String unsubscribeToken);

  /**
   * The stored preferences, or the defaults stored now with this new token. Two transactions doing
   * this at once for one person both end with the same stored row (the second insert is dropped).
   */
  MailPreferences findOrCreate(UUID personId, String newToken);

  /**
   * Stores changed preferences: inserts them when their version is 0, otherwise updates the stored
   * version, which then is one higher.
   *
   * @throws ConcurrentUpdateException when someone else stored or changed them since they were read
   */
  void save(MailPreferences preferences);

  /** The people who turned on the weekly assignments mail. */
  List<UUID> withWeeklyAssignments();

  /** The people who chose this way to hear of coach news. */
  List<UUID> withCoachNews(MailPreferences.CoachNews choice);
}
