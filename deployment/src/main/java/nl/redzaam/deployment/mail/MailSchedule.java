package nl.redzaam.deployment.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.redzaam.adapters.persistence.migration.DatabaseMigration;
import nl.redzaam.application.mail.ScheduledMails;
import nl.redzaam.domain.trajectory.Trajectory;
import org.eclipse.microprofile.config.Config;

/**
 * Runs the mails that follow from the calendar (docs/operations.md): the weekly assignments mail
 * ({@code redzaam.mail.weekly-at}, default {@code MON 07:00}) and the daily mails, the coaches'
 * digests and the residents' reminders ({@code redzaam.mail.daily-at}, default {@code 06:30}), in
 * Dutch time. Every server instance runs them; the mails' idempotency keys keep one of each in the
 * outbox. Each run is one transaction: the mails of a run are recorded together or not at all. A
 * failed run is rethrown, so the container retries the timeout (at least once, as EJB requires); if
 * that fails too, that week's mail or that day's digest is skipped (the next run has new keys),
 * while reminders come the next day (they look at a window of days).
 */
@Startup
@Singleton
@DependsOn(DatabaseMigration.NAME)
public class MailSchedule {

  private static final Logger LOG = Logger.getLogger(MailSchedule.class.getName());

  static final String WEEKLY_AT = "redzaam.mail.weekly-at";
  static final String DAILY_AT = "redzaam.mail.daily-at";
  private static final String WEEKLY = "weekly";
  private static final String DAILY = "daily";

  @Resource TimerService timers;
  @Inject Config config;
  @Inject ScheduledMails scheduledMails;
  @Inject DatabaseMigration migration;

  @PostConstruct
  void start() {
    schedule(WEEKLY, config.getOptionalValue(WEEKLY_AT, String.class).orElse("MON 07:00"));
    schedule(DAILY, config.getOptionalValue(DAILY_AT, String.class).orElse("06:30"));
  }

  private void schedule(String name, String at) {
    ScheduleExpression when = expression(at);
    timers.createCalendarTimer(when, new TimerConfig(name, false));
    LOG.info(() -> "Scheduled mails '" + name + "' run at " + at + " (" + Trajectory.ZONE + ")");
  }

  /** "MON 07:00" (a day of the week and a time) or "06:30" (every day), Dutch time. */
  static ScheduleExpression expression(String at) {
    String[] parts = at.strip().split("\\s+");
    String time = parts[parts.length - 1];
    String[] hm = time.split(":");
    if (parts.length > 2 || hm.length != 2) {
      throw new IllegalArgumentException("Expected like 'MON 07:00' or '06:30', not " + at);
    }
    int hour = Integer.parseInt(hm[0]);
    int minute = Integer.parseInt(hm[1]);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
      throw new IllegalArgumentException("No such time: " + at);
    }
    return new ScheduleExpression()
        .dayOfWeek(parts.length == 2 ? parts[0] : "*")
        .hour(hour)
        .minute(minute)
        .second(0)
        .timezone(Trajectory.ZONE.getId());
  }

  @Timeout
  void run(Timer timer) {
    if (!migration.isMigrated()) {
      return;
    }
    String name = String.valueOf(timer.getInfo());
    try {
      int mails =
          WEEKLY.equals(name) ? scheduledMails.weekly().size() : scheduledMails.daily().size();
      LOG.info(() -> "Scheduled mails '" + name + "': " + mails + " handed to the outbox");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Scheduled mails '" + name + "' failed; the container retries it", e);
      throw e;
    }
  }
}
