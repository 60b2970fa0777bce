package nl.redzaam.domain.trajectory;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The current week as a straight line, for readers that cannot walk the schedule day by day (a SQL
 * query over a whole caseload). Every change to the schedule happens on the day it is made, so from
 * the day of the latest change on the week runs at one rate: {@code unitsPerDay} units a day, none
 * while paused or after coaching ended. The week on a day from {@code from} on is {@code 1 +
 * (unitsBefore + days since from × unitsPerDay) / UNITS_PER_WEEK}; on earlier days the clock does
 * not answer, the schedule does.
 *
 * @param from the day of the latest change to the schedule
 * @param unitsBefore the progress units counted before {@code from}
 * @param unitsPerDay the units each day adds from {@code from} on
 */
public record WeekClock(LocalDate from, long unitsBefore, int unitsPerDay) {

  /** A trajectory week is this many units; see {@link Tempo}. */
  public static final int UNITS_PER_WEEK = Tempo.UNITS_PER_WEEK;

  /** The clock of a stored schedule; empty while coaching has not started (week 0). */
  public static Optional<WeekClock> of(
      LocalDate coachingStartedOn,
      LocalDate coachingEndedOn,
      List<Pause> pauses,
      List<TempoChange> tempoChanges) {
    return new Schedule(coachingStartedOn, coachingEndedOn, pauses, tempoChanges).clock();
  }

  /** The week on a day from {@link #from()} on. */
  public int weekOn(LocalDate day) {
    if (day.isBefore(from)) {
      throw new IllegalArgumentException("The clock runs from " + from + ", not " + day);
    }
    long days = day.toEpochDay() - from.toEpochDay();
    return 1 + (int) ((unitsBefore + days * unitsPerDay) / UNITS_PER_WEEK);
  }

  /** The latest day on which the schedule changed; the rate is the same on every day after it. */
  static LocalDate latestChange(Schedule schedule) {
    return Stream.of(
            Stream.of(schedule.coachingStartedOn(), schedule.coachingEndedOn()),
            schedule.pauses().stream().flatMap(p -> Stream.of(p.from(), p.until())),
            schedule.tempoChanges().stream().map(TempoChange::from))
        .flatMap(days -> days)
        .filter(Objects::nonNull)
        .max(LocalDate::compareTo)
        .orElseThrow();
  }
}
