package nl.redzaam.application.port;

import java.util.Objects;
import java.util.UUID;

/**
 * Which optional mails a person wants. Mails that a person needs (an invitation, a password reset)
 * are not optional and not listed here. Every person has one secret unsubscribe token: it sits in
 * the link of every optional mail, so that mails can be turned off without logging in.
 *
 * @param personId the resident or staff member (the id of their account's person)
 * @param weeklyAssignments residents: a mail every Monday with the week's new assignments; off
 *     until the resident turns it on
 * @param reminders residents: a mail before an evaluation and before an aftercare check-in
 * @param coachNews coaches: a mail on every new note or message from a resident, one digest a day,
 *     or none
 * @param unsubscribeToken the secret in the unsubscribe links; never shown in the API
 * @param version 0 while nothing is stored yet (the defaults)
 */
public record MailPreferences(
    UUID personId,
    boolean weeklyAssignments,
    boolean reminders,
    CoachNews coachNews,
    String unsubscribeToken,
    long version) {

  /** How a coach hears of new notes and messages from residents. */
  public enum CoachNews {
    /** One mail for every note or message. */
    EACH,
    /** One mail a day with how many arrived, if any did. */
    DAILY_DIGEST,
    /** No mail; the coach sees them in the work environment. */
    OFF
  }

  /** The optional kinds of mail, as an unsubscribe link names them. */
  public enum OptionalMail {
    WEEKLY_ASSIGNMENTS,
    REMINDERS,
    COACH_NEWS
  }

  public MailPreferences {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(coachNews, "coachNews");
    Objects.requireNonNull(unsubscribeToken, "unsubscribeToken");
  }

  /** What a person gets before choosing: no weekly mail, reminders, a mail per item. */
  public static MailPreferences defaults(UUID personId, String unsubscribeToken) {
    return new MailPreferences(personId, false, true, CoachNews.EACH, unsubscribeToken, 0);
  }

  public MailPreferences with(boolean weeklyAssignments, boolean reminders, CoachNews coachNews) {
    return new MailPreferences(
        personId, weeklyAssignments, reminders, coachNews, unsubscribeToken, version);
  }

  /** These preferences with one kind of mail turned off. */
  public MailPreferences without(OptionalMail mail) {
    return switch (mail) {
      case WEEKLY_ASSIGNMENTS -> with(false, reminders, coachNews);
      case REMINDERS -> with(weeklyAssignments, false, coachNews);
      case COACH_NEWS -> with(weeklyAssignments, reminders, CoachNews.OFF);
    };
  }

  /** Without the token. */
  @Override
  public String toString() {
    return "MailPreferences["
        + personId
        + " weekly="
        + weeklyAssignments
        + " reminders="
        + reminders
        + " coachNews="
        + coachNews
        + " v"
        + version
        + "]";
  }
}
